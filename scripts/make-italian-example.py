#!/usr/bin/env python3
"""Writes examples/catalog-it.csv: examples/catalog.csv as an Italian Excel
export would write it — a UTF-8 byte order mark, ';' between fields, the
decimal comma, CRLF line ends, rates as percentages and prices with the euro
sign. The numbers are the same, so both files must rank identically (a test
checks it).

    python3 scripts/make-italian-example.py
"""
import csv
import io
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
RATES = {"return_rate", "virtual_return_rate", "stocked_return_rate", "marketplace_return_rate",
         "marketplace_fee_rate", "payment_fee_rate", "restock_rate", "virtual_restock_rate"}
MONEY_WITH_SIGN = {"price"}
TEXT = {"sku", "name", "demand_history", "current_model"}


def decimal_comma(text: str) -> str:
    return text.replace(".", ",")


def percentage(text: str) -> str:
    # Shift the decimal point two places in the text, so nothing is rounded.
    whole, _, fraction = text.partition(".")
    fraction = (fraction + "00")[:max(2, len(fraction))]
    digits = (whole + fraction[:2]).lstrip("0") or "0"
    rest = fraction[2:].rstrip("0")
    return digits + ("," + rest if rest else "") + "%"


def convert(row: dict) -> dict:
    out = {}
    for name, value in row.items():
        if value == "" or name in TEXT:
            out[name] = value
        elif name in RATES:
            out[name] = percentage(value)
        elif name in MONEY_WITH_SIGN:
            out[name] = decimal_comma(value) + " €"
        else:
            out[name] = decimal_comma(value)
    return out


def main() -> None:
    source = ROOT / "examples" / "catalog.csv"
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = [convert(row) for row in reader]
        fields = reader.fieldnames
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    (ROOT / "examples" / "catalog-it.csv").write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main()
