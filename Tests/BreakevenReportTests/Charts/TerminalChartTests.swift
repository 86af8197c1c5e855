import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Terminal charts")
struct TerminalChartTests {
    @Test(arguments: [
        (4.0, 2.0, 0, 10, "████████  "),
        (1.5625, 2.0, 0, 10, "███▏      "),
        (1.75, 1.0, 0, 4, "█▊  "),
        (0.01, 1.0, 0, 4, "▏   "),
        (0.0, 1.0, 0, 4, "    "),
        (9.0, 1.0, 0, 4, "████"),
        (-2.0, 1.0, 4, 8, "  ██    "),
        (-1.5, 1.0, 4, 8, "  ▐█    "),
        (-0.1, 1.0, 4, 8, "   ▐    "),
        (2.5, 1.0, 4, 8, "    ██▌ "),
    ])
    func bars(value: Double, scale: Double, zero: Int, width: Int, expected: String) {
        #expect(TerminalChart.bar(value, scale: scale, zero: zero, width: width) == expected)
    }

    @Test func plainWithoutColourAndPaintedWithIt() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let plain = TerminalChart(evaluation).text()
        #expect(!plain.contains("\u{1B}"))
        let painted = TerminalChart(evaluation, colour: true).text()
        #expect(painted.contains("\u{1B}[38;5;25m"))
        #expect(painted.contains("\u{1B}[1;38;5;"))
        let stripped = painted.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == plain)
    }

    @Test func barsShareAScale() throws {
        // Product costs 14 (VIRTUAL) against 10 (STOCKED): the bars are 1.4 times as long.
        let text = TerminalChart(try ChartFixtures.closedForm(demand: 30)).text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func cells(_ line: String) -> Double {
            var total = 0.0
            for character in line {
                switch character {
                case "█": total += 1
                case "▏": total += 1.0 / 8
                case "▎": total += 2.0 / 8
                case "▍": total += 3.0 / 8
                case "▌": total += 4.0 / 8
                case "▋": total += 5.0 / 8
                case "▊": total += 6.0 / 8
                case "▉": total += 7.0 / 8
                default: break
                }
            }
            return total
        }
        let virtual = try #require(lines.first { $0.hasPrefix("product   VIRTUAL") })
        let stocked = try #require(
            lines.first { $0.hasPrefix("          STOCKED") && $0.hasSuffix(" 10.00") })
        #expect(abs(cells(virtual) / cells(stocked) - 1.4) < 0.02)
        #expect(virtual.hasSuffix(" 14.00"))
        // Every row of the section is as wide: the values line up.
        let section = lines.drop { !$0.hasPrefix("Per unit sold") }.dropFirst().prefix {
            !$0.isEmpty
        }
        #expect(Set(section.map(\.count)).count == 1)
    }

    @Test func profitSectionMarksTheRecommendation() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let text = TerminalChart(evaluation).text()
        let recommended = evaluation.decision.recommended.description
        #expect(
            text.split(separator: "\n").contains {
                $0.hasPrefix(recommended) && $0.hasSuffix("◀ recommended")
            })
        #expect(text.contains("Break-even against VIRTUAL, units/month: STOCKED 2.04"))
    }

    @Test func italianHeadingsAndLabels() throws {
        let lines = TerminalChart(try ChartFixtures.closedForm(demand: 30), language: .italian).text()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "TEST")
        #expect(lines[1].hasPrefix("Consigliato STOCKED · oggi VIRTUAL · risparmio "))
        #expect(lines[2].hasPrefix("Pareggio rispetto a VIRTUAL, unità/mese: STOCKED 2.04 · HYBRID "))
        #expect(lines[4] == "Per unità venduta (prezzo 40.00; margine = prezzo al netto dei resi − costo complessivo)")
        // The label column widens to the longest label, "costo complessivo", and a space.
        #expect(lines[5].hasPrefix("prodotto           VIRTUAL  "))
        #expect(lines.contains { $0.hasPrefix("costo complessivo  VIRTUAL  ") && $0.hasSuffix(" 20.20") })
        #expect(lines.contains { $0.hasPrefix("margine            VIRTUAL  ") && $0.hasSuffix(" 19.80") })
        #expect(lines.contains("Profitto mensile alla domanda di oggi"))
        #expect(lines.contains { $0.hasPrefix("STOCKED ") && $0.hasSuffix("  ◀ consigliato") })
    }
}
