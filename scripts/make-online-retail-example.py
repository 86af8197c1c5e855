#!/usr/bin/env python3
"""Writes examples/online-retail.csv: a real catalog for trying Breakeven.

Source: "Online Retail" and "Online Retail II", UCI Machine Learning
Repository, Daqing Chen (2015), licence CC BY 4.0 — one row per product of a
UK online retailer of giftware, selling mostly to small businesses, December
2009 to November 2011, as summarised in the team's shared data folder
(online_retail_skus.csv; see its README).

Taken from the data as they are: the product and its description, the median
unit price (GBP), the monthly unit sales history and its length, the average
units per order (units ÷ invoices), and the return rate (capped at 1).

The data has no costs, weights or logistics, so these are ASSUMPTIONS, the same
for every product, chosen to be plausible for imported giftware sold from a
UK warehouse:

- wholesale price (stocked_unit_cost) 35% of the selling price, plus 4% of it
  for sea freight into the warehouse (inbound_cost), 60 days from order to
  stock (supplier_lead_days), a minimum order of 12 units (moq), and £15 for
  each product's line on a purchase order (order_cost: orders to the same
  supplier bundle many products);
- a UK dropship wholesaler (virtual_unit_cost) at 55% of the selling price
  plus £2.50 per order (virtual_order_fee, the same as our own pick and
  pack), 400 km from customers (virtual_distance_km), 5 days to deliver;
- weight and size grow with the price: 0.05 kg and 0.2 litres per pound,
  at least 0.02 kg and 0.1 litres, at most 5 kg and 20 litres (weight_kg,
  volume_l);
- handling a return costs £4 per returned invoice line, spread over the units
  on it (return_handling_cost = 4 × return lines ÷ returned units), since
  businesses return cartons, not single units;
- the retailer holds stock today (current_model = stocked); it sells to
  businesses, not through a marketplace, so MARKETPLACE is not evaluated.

One product is left out: 23843 "PAPER CRAFT , LITTLE BIRDIE" has no monthly
history (its single order of 80,995 units was cancelled the same day).

    python3 scripts/make-online-retail-example.py [path/to/online_retail_skus.csv]
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "online_retail_skus.csv"

COLUMNS = ["sku", "name", "price", "demand_history", "history_months", "units_per_order", "return_rate",
           "return_handling_cost",
           "stocked_unit_cost", "inbound_cost", "order_cost", "moq", "supplier_lead_days", "virtual_unit_cost", "virtual_order_fee",
           "virtual_distance_km", "virtual_delivery_days", "weight_kg", "volume_l", "current_model"]


def money(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def row_for(product: dict):
    history = product["monthly_history"].strip()
    if not history or not product["months_observed"]:
        return None
    price = float(product["price_median"])
    units = float(product["n_units"])
    invoices = max(1.0, float(product["n_invoices"]))
    returned = float(product["returned_units"] or 0)
    handling = 4 * float(product["return_lines"] or 0) / returned if returned > 0 else 4
    return {
        "sku": product["sku"],
        "name": product["description"].strip(),
        "price": money(price),
        "demand_history": history.replace(";", "|"),
        "history_months": str(int(float(product["months_observed"]))),
        "units_per_order": f"{max(1.0, units / invoices):.1f}",
        "return_rate": money(min(1.0, float(product["return_rate_capped"] or 0))),
        "return_handling_cost": money(min(4.0, handling)),
        "stocked_unit_cost": money(0.35 * price),
        "inbound_cost": money(0.04 * price),
        "order_cost": "15",
        "moq": "12",
        "supplier_lead_days": "60",
        "virtual_unit_cost": money(0.55 * price),
        "virtual_order_fee": "2.5",
        "virtual_distance_km": "400",
        "virtual_delivery_days": "5",
        "weight_kg": money(min(5.0, max(0.02, 0.05 * price))),
        "volume_l": money(min(20.0, max(0.1, 0.2 * price))),
        "current_model": "stocked",
    }


def main() -> None:
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    with source.open(newline="", encoding="utf-8") as handle:
        rows = [row for row in map(row_for, csv.DictReader(handle)) if row]
    with (ROOT / "examples" / "online-retail.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} products to examples/online-retail.csv")


if __name__ == "__main__":
    main()
