import TestSupport
import Testing

@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

@Suite("Profit curves")
struct ProfitCurvesTests {
    @Test func virtualProfitIsDemandTimesMargin() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let grid = [0.5, 1, 7, 40, 300]
        let curves = ProfitCurves(evaluation, grid: grid)
        let virtual = try #require(curves[.virtual])
        for (demand, profit) in zip(virtual.demand, virtual.profit) {
            #expect(
                isClose(profit, ChartFixtures.virtualMargin * demand, relative: 1e-9),
                "at \(demand)")
        }
    }

    @Test func gridGainsTodayAndTheBreakEvenVolumes() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let curves = ProfitCurves(evaluation, grid: [1, 10, 100])
        let demands = try #require(curves[.stocked]).demand
        #expect(demands == demands.sorted())
        #expect(demands.contains(30))
        #expect(demands.contains { isClose($0, ChartFixtures.breakEven, relative: 1e-9) })
        // A break-even outside the grid's range is not added.
        let narrow = ProfitCurves(evaluation, grid: [10, 100])
        #expect(try #require(narrow[.stocked]).demand == [10, 30, 100])
    }

    @Test func curvesPassThroughTodaysProfits() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let curves = ProfitCurves(evaluation, grid: [1, 100])
        for result in evaluation.models {
            let curve = try #require(curves[result.model])
            let index = try #require(curve.demand.firstIndex(of: 30))
            #expect(isCloseMoney(curve.profit[index], result.monthlyProfit), "\(result.model)")
        }
    }

    @Test func crossingsAreWhereTheTwoModelsEarnTheSame() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let curves = ProfitCurves(evaluation, grid: [1, 100])
        let stocked = try #require(curves.crossings.first { $0.model == .stocked })
        #expect(isClose(stocked.volume, ChartFixtures.breakEven, relative: 1e-9))
        #expect(
            isClose(
                stocked.profit, ChartFixtures.virtualMargin * ChartFixtures.breakEven,
                relative: 1e-9))
        let curve = try #require(curves[.stocked])
        let index = try #require(curve.demand.firstIndex(of: stocked.volume))
        #expect(isClose(curve.profit[index], stocked.profit, relative: 1e-6))
        #expect(curves.crossings.map(\.volume) == curves.crossings.map(\.volume).sorted())
    }

    @Test func demandsOfInterest() throws {
        let evaluation = try ChartFixtures.closedForm(demand: 30)
        let interest = ProfitCurves.demandsOfInterest(evaluation)
        #expect(interest.first == 30)
        #expect(interest.contains { isClose($0, ChartFixtures.breakEven, relative: 1e-9) })
        #expect(ProfitCurves.demandsOfInterest(try ChartFixtures.virtualOnly(demand: 0)).isEmpty)
        #expect(ProfitCurves.demandsOfInterest(try ChartFixtures.virtualOnly(demand: 12)) == [12])
    }
}
