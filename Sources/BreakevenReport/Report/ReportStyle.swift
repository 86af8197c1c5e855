import BreakevenCore
import BreakevenCSV

/// The report's inline style sheet and its one script, kept apart from the
/// markup. Neither loads anything: the page reads offline and prints.
enum ReportStyle {
    /// The style sheet, for a `<style>` element. No `<` or `&` in it, so it
    /// is also well-formed XML.
    static var css: String {
        var text = """
            :root { color-scheme: light; --ink: \(ChartStyle.ink); --muted: \(ChartStyle.muted); --rule: #d0d7de; --tint: #f6f8fa; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 \(ChartStyle.fontFamily); color: var(--ink); background: #fff; }
            main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 48px; }
            h1 { font-size: 26px; margin: 0 0 2px; }
            h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
            h3 { font-size: 17px; margin: 0 0 4px; }
            h4 { font-size: 14px; margin: 14px 0 4px; }
            p { margin: 4px 0; }
            .meta, .note, figcaption { color: var(--muted); }
            nav a { margin-right: 14px; }
            a { color: #0969da; }
            .cards { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
            .card { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 16px; }
            .card h3 { font-size: 15px; }
            .big { font-size: 24px; font-weight: 600; margin: 2px 0; }
            .up { color: #1a7f37; } .down { color: #cf222e; }
            svg { max-width: 100%; height: auto; display: block; }
            table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
            th, td { padding: 3px 6px; text-align: right; white-space: nowrap; }
            th { font-weight: 600; border-bottom: 1px solid var(--ink); vertical-align: bottom; }
            td { border-bottom: 1px solid #eaeef2; }
            th.text, td.text { text-align: left; }
            .cross td, .cross th { text-align: center; min-width: 64px; }
            .cross th:first-child, .cross td:first-child { text-align: left; }
            .cross tfoot td { font-weight: 600; border-top: 1px solid var(--ink); }
            .wide { overflow-x: auto; max-width: 100%; }
            table.sortable th { cursor: pointer; user-select: none; }
            table.sortable th:hover { background: var(--tint); }
            table.sortable th[aria-sort=ascending]::after { content: " \\25B2"; font-size: 10px; }
            table.sortable th[aria-sort=descending]::after { content: " \\25BC"; font-size: 10px; }
            table.skus { font-size: 13px; width: 100%; }
            table.skus td.flags { white-space: normal; }
            table.skus tbody tr:nth-child(even) { background: #fafbfc; }
            table.skus td:nth-child(2) { max-width: 220px; overflow: hidden; text-overflow: ellipsis; }
            .flags { color: #9a6700; }
            article.sku { border-top: 1px solid var(--rule); padding-top: 18px; margin-top: 26px; }
            h2 + article.sku { border-top: none; padding-top: 0; margin-top: 12px; }
            .headline { font-size: 15px; }
            .panels { display: grid; grid-template-columns: minmax(0, 660px) minmax(0, 1fr); gap: 28px; margin-top: 10px; }
            figure { margin: 0 0 12px; }
            figcaption { font-size: 12px; margin-top: 2px; }
            .why ul { padding-left: 18px; margin: 4px 0; }
            .why li { margin-bottom: 6px; }
            table.models { margin-top: 6px; font-size: 13px; }
            table.models td:first-child { text-align: left; color: var(--muted); }
            .rank { color: var(--muted); font-weight: 400; margin-right: 6px; }
            .name { color: var(--muted); font-weight: 400; font-size: 14px; margin-left: 6px; }
            footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
            @media (max-width: 900px) { .cards, .panels { grid-template-columns: minmax(0, 1fr); } }
            @media print {
              body { font-size: 11px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              main { max-width: none; padding: 0; }
              nav, .script { display: none; }
              a { color: inherit; text-decoration: none; }
              h2 { break-after: avoid; }
              .card, figure, tr { break-inside: avoid; }
              #details, article.sku { break-before: page; border-top: none; }
              h2 + article.sku { break-before: auto; }
              table.skus { font-size: 9px; }
              th, td { padding: 2px 4px; }
              .wide { overflow: visible; }
            }

            """
        for model in FulfilmentModel.allCases {
            text += ".m-\(model.rawValue) { color: \(ChartStyle.colour(model)); }\n"
        }
        return text
    }

    /// What `report --simulate` adds to the style sheet: the card of the
    /// simulation across the row, its table of agreement. Not in a report
    /// without it, whose bytes stay as they were.
    static let simulationCSS = """
        .card.simulation { grid-column: 1 / -1; }
        table.agreement { margin: 8px 0; }
        ul.simulation { padding-left: 18px; margin: 4px 0; }

        """

    /// Sorts a `table.sortable` by the column whose header is clicked (or
    /// activated with Enter or Space): numbers as numbers (`1,234.50`,
    /// `−3`), other text alphabetically, empty cells (`—`) last either way.
    /// No `]]>` in it, so it can sit in a CDATA section. The one word it
    /// adds, the headers' "click to sort" hint, is in `language`.
    static func script(for language: Language) -> String {
        script.replacing("'click to sort'", with: language.pick("'click to sort'", "'clicca per ordinare'"))
    }

    /// The script, its hint in English: what ``script(for:)`` words.
    static let script = """
        (function () {
          function key(cell) {
            var text = cell.textContent.trim();
            if (text === '' || text === '\\u2014') return null;
            var number = Number(text.replace(/,/g, '').replace('\\u2212', '-'));
            return isNaN(number) ? text.toLowerCase() : number;
          }
          function compare(a, b) {
            if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
            return typeof a === 'number' ? -1 : 1;
          }
          function sort(table, header, column) {
            var ascending = header.getAttribute('aria-sort') !== 'ascending';
            var headers = header.parentNode.cells;
            for (var i = 0; i < headers.length; i++) headers[i].removeAttribute('aria-sort');
            header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.map.call(body.rows, function (row, index) {
              return { row: row, key: key(row.cells[column]), index: index };
            });
            rows.sort(function (a, b) {
              if (a.key === null || b.key === null) {
                return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
              }
              var order = compare(a.key, b.key);
              return (ascending ? order : -order) || a.index - b.index;
            });
            var fragment = document.createDocumentFragment();
            rows.forEach(function (entry) { fragment.appendChild(entry.row); });
            body.appendChild(fragment);
          }
          var tables = document.querySelectorAll('table.sortable');
          Array.prototype.forEach.call(tables, function (table) {
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
              header.tabIndex = 0;
              header.title = (header.title ? header.title + ' \\u00B7 ' : '') + 'click to sort';
              header.addEventListener('click', function () { sort(table, header, column); });
              header.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sort(table, header, column); }
              });
            });
          });
          var notes = document.querySelectorAll('.script');
          Array.prototype.forEach.call(notes, function (note) { note.hidden = false; });
        })();
        """
}
