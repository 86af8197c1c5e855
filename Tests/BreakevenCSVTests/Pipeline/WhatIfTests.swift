import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

/// What-if through the pipeline: every scenario compares the SKUs the
/// baseline accepted.
@Suite("What-if runs")
struct WhatIfTests {
    static let text = """
        sku,price,monthly_demand,stocked_unit_cost,virtual_unit_cost,return_rate
        a,20,30,8,11,0.1
        b,20,abc,8,11,0.1
        c,40,12,15,21,0.5

        """

    static func whatIf(_ scenarios: [Scenario]) throws -> WhatIf {
        let bytes = Array(text.utf8)
        let pipeline = RankPipeline(settings: Settings(), sorted: false, threads: 1)
        var served = false
        var rows: [WhatIf.Row] = []
        let outcome = try pipeline.run(
            file: "c.csv", dialect: DialectDetector.detect(bytes).dialect,
            source: { buffer in
                guard !served else { return false }
                served = true
                buffer += bytes
                return true
            }, work: WhatIf.work(settings: Settings(), scenarios: scenarios), emit: { rows += $0 })
        return WhatIf(
            rows: rows, rejected: outcome.rejected, scenarios: scenarios, settings: Settings(),
            header: outcome.header, file: "c.csv")
    }

    /// Each SKU's outcome under a scenario is its evaluation under the
    /// scenario's settings, computed here directly.
    @Test func scenariosEvaluateUnderTheirSettings() throws {
        let cheaper = Scenario(name: "cheaper", settings: Settings(adjustments: [.stockedUnitCost: .scale(0.5)]))
        let whatIf = try Self.whatIf([cheaper])
        #expect(whatIf.baseline.outcomes.map(\.sku) == ["a", "c"])
        #expect(whatIf.baseline.rejected.map(\.line) == [3])
        let run = try #require(whatIf.scenarios.first)
        #expect(run.rejected.map(\.line) == [3])
        for sku in ["a", "c"] {
            let inputs = try #require(
                try CatalogReader().read(Array(Self.text.utf8), file: "c.csv").rows.first { $0.inputs.sku == sku }
            ).inputs
            let expected = Evaluator.evaluate(try SKUTerms(inputs, settings: cheaper.settings)).recommended
            let outcome = try #require(run.outcome(sku))
            #expect(outcome.recommended == expected.model)
            #expect(isClose(outcome.profit, expected.monthlyProfit))
        }
        #expect(isClose(run.summary.profitRecommended, run.outcomes.map(\.profit).reduce(0, +)))
    }

    /// A scenario that makes a row unusable rejects it with the column at
    /// fault, besides the baseline's rejections, in file order.
    @Test func aScenarioRejectsWhatItsSettingsBreak() throws {
        let doubled = Scenario(name: "returns ×2", settings: Settings(adjustments: [.returnRate: .scale(2.5)]))
        let whatIf = try Self.whatIf([doubled])
        let run = try #require(whatIf.scenarios.first)
        // c's return rate becomes 1.25, above 1; a's 0.25 is fine.
        #expect(run.rejected.map(\.line) == [3, 4])
        #expect(run.outcomes.map(\.sku) == ["a"])
        let message = try #require(run.rejected.last?.diagnostics.first)
        #expect(message.column == 6)
        #expect(message.message.contains("return_rate"))
        #expect(message.message.hasSuffix("after --set"))
        // a's recommendation under the scenario, computed here: a change only if it differs.
        let inputs = try #require(
            try CatalogReader().read(Array(Self.text.utf8), file: "c.csv").rows.first { $0.inputs.sku == "a" }
        ).inputs
        let before = Evaluator.evaluate(try SKUTerms(inputs, settings: Settings())).decision.recommended
        let after = Evaluator.evaluate(try SKUTerms(inputs, settings: doubled.settings)).decision.recommended
        #expect(whatIf.changes(in: run).map(\.scenario.sku) == (before == after ? [] : ["a"]))
    }
}
