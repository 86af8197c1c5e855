import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV

@Suite("Scenario files and composed adjustments")
struct ScenarioTests {
    static func parse(_ text: String) throws(SettingsParser.Failure) -> [Scenario] {
        try Scenario.parseFile(Array(text.utf8))
    }

    @Test func readsChangesAndDefaults() throws {
        let scenarios = try Self.parse("""
            {"scenarios": [
              {"name": "fees", "set": {"marketplace_fulfillment_fee": "*1.1", "marketplace_fee_rate": "+0.01",
                                        "order_cost": 40, "moq": "=24", "inbound_cost": "-0.5", "return_rate": "8%"}},
              {"name": "defaults", "default": {"weight_kg": 2}}
            ]}
            """)
        #expect(scenarios.map(\.name) == ["fees", "defaults"])
        let set = scenarios[0].settings.adjustments
        #expect(set[.marketplaceFulfillmentFee] == .scale(1.1))
        #expect(set[.marketplaceFeeRate] == .shift(0.01))
        #expect(set[.orderCost] == .set(40))
        #expect(set[.moq] == .set(24))
        #expect(set[.inboundCost] == .shift(-0.5))
        #expect(set[.returnRate] == .set(0.08))
        #expect(scenarios[1].settings.defaults[.weightKg] == 2)
    }

    @Test(
        "errors name the scenario and the key",
        arguments: [
            ("{oops", "not valid JSON"),
            ("[]", "expected {\"scenarios\""),
            ("{\"scenarios\": [{\"set\": {}}]}", "scenario 1: \"name\" is missing or empty"),
            ("{\"scenarios\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}", "scenario 2: the name 'a' is used twice"),
            ("{\"scenarios\": [{\"name\": \"a\", \"sett\": {}}]}", "'a': unknown key 'sett' (use \"set\" and \"default\"). Did you mean 'set'?"),
            ("{\"scenarios\": [{\"name\": \"a\", \"set\": {\"prize\": 3}}]}", "'a': set prize: unknown input 'prize'. Did you mean 'price'?"),
            ("{\"scenarios\": [{\"name\": \"a\", \"set\": {\"price\": \"/2\"}}]}", "'a': set price: '/2' is not a change"),
            ("{\"scenarios\": [{\"name\": \"a\", \"set\": {\"price\": \"*x\"}}]}", "'a': set price: '*x' is not a change: 'x' is not a number"),
            ("{\"scenarios\": [{\"name\": \"a\", \"set\": {\"return_rate\": 2}}]}", "return_rate must be between 0 and 1"),
            ("{\"scenarios\": [{\"name\": \"a\", \"default\": {\"price\": \"*2\"}}]}", "a default must be a value"),
            ("{\"scenarios\": []}", "no scenarios in the file"),
            ("{\"scenarios\": [], \"extra\": 1}", "unknown key 'extra'"),
        ])
    func errors(_ text: String, _ message: String) {
        do {
            _ = try Self.parse(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func adjustmentsCompose() {
        #expect(Adjustment.scale(2).then(.shift(1)).apply(to: 3) == 7)
        #expect(Adjustment.shift(1).then(.scale(2)).apply(to: 3) == 8)
        #expect(Adjustment.set(5).then(.scale(2)) == .set(10))
        #expect(Adjustment.scale(2).then(.set(4)) == .set(4))
        #expect(Adjustment.scale(2).then(.shift(1)).apply(to: nil) == nil)
    }

    @Test func overlaidSettingsApplyTheScenarioAfterTheRun() {
        let run = Settings(defaults: InputValues([.orderCost: 30]), adjustments: [.price: .scale(1.1)])
        let scenario = Settings(defaults: InputValues([.orderCost: 40]), adjustments: [.price: .shift(1)])
        let both = run.overlaid(with: scenario)
        #expect(both.defaults[.orderCost] == 40)
        #expect(both.adjustments[.price]?.apply(to: 10) == 12)
    }
}
