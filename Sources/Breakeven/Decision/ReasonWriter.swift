/// Writes the two or three sentences that explain a decision, each built from
/// the numbers that decided it: the profits, the delivery penalty, the cost
/// line that differs most, the break-even volume and the stability of demand.
struct ReasonWriter {
    let terms: SKUTerms
    let models: [ModelEvaluation]
    let decision: Decision
    let breakEven: [FulfilmentModel: BreakEvenVolume]

    func sentences() -> [String] {
        guard let recommended = models.first(where: { $0.model == decision.recommended }) else {
            return []
        }
        let flags = Set(decision.flags)
        if flags.contains(.noDemand) {
            return ["No demand: there is nothing to stock, so it stays \(recommended.model).",
                    "Every model earns 0 a month."]
        }
        if flags.contains(.shortHistory) {
            return shortHistory(recommended)
        }
        if flags.contains(.unprofitable) {
            return unprofitable(recommended)
        }
        var result = [comparison(recommended)]
        if let alternative = contrast(to: recommended), let driver = driver(recommended, alternative) {
            result.append(driver)
        }
        result.append(stability())
        return result
    }

    // MARK: Sentences

    private func comparison(_ recommended: ModelEvaluation) -> String {
        guard let runnerUp = runnerUp(to: recommended) else {
            return "\(recommended.model) is the only model with the figures to evaluate; "
                + "it earns \(money(recommended.monthlyProfit)) a month."
        }
        let lead = recommended.monthlyProfit - runnerUp.monthlyProfit
        return "\(recommended.model) earns \(money(recommended.monthlyProfit)) a month, "
            + "\(money(lead)) more than \(runnerUp.model) (\(money(runnerUp.monthlyProfit)))."
    }

    /// The model the second sentence contrasts with: the core question is
    /// whether to hold stock, so VIRTUAL when a stock-holding model wins, else
    /// the runner-up.
    private func contrast(to recommended: ModelEvaluation) -> ModelEvaluation? {
        if recommended.model != .virtual, let virtual = models.first(where: { $0.model == .virtual }) {
            return virtual
        }
        return runnerUp(to: recommended)
    }

    /// Why the recommended model beats `runnerUp`: delivery, cost per unit,
    /// or a volume below the break-even.
    private func driver(_ recommended: ModelEvaluation, _ runnerUp: ModelEvaluation) -> String? {
        let expected = terms.policy.expectedDeliveryDays
        let visible = 0.005  // money below half a cent does not show
        if runnerUp.lostToDelivery - recommended.lostToDelivery >= DecisionFlag.lateDeliveryThreshold {
            return "\(runnerUp.model)'s \(days(runnerUp.deliveryDays))-day delivery loses "
                + "\(NumberFormatting.percent(runnerUp.lostToDelivery)) of demand against the "
                + "\(days(expected))-day expectation."
        }
        if recommended.landedCostPerUnit < runnerUp.landedCostPerUnit - visible {
            let line = CostLine.allCases.max {
                (runnerUp.costPerUnit[$0] - recommended.costPerUnit[$0])
                    < (runnerUp.costPerUnit[$1] - recommended.costPerUnit[$1])
            } ?? .product
            return "Its landed cost is \(money(recommended.landedCostPerUnit)) per unit against "
                + "\(money(runnerUp.landedCostPerUnit)) under \(runnerUp.model); the biggest gap is "
                + "\(line) (\(money(recommended.costPerUnit[line])) vs \(money(runnerUp.costPerUnit[line])))."
        }
        if recommended.model == .virtual, let volume = breakEven[runnerUp.model] {
            switch volume {
            case .units(let units) where units > terms.demand.mean:
                return "At \(quantity(terms.demand.mean)) units a month demand is below "
                    + "\(runnerUp.model)'s break-even of \(quantity(units)), so holding stock does not pay yet."
            case .never:
                return "\(runnerUp.model) does not beat VIRTUAL at any volume up to "
                    + "\(quantity(BreakEven.range.upperBound)) units a month."
            default: break
            }
        }
        if recommended.unitsSold > runnerUp.unitsSold * 1.005,
            runnerUp.landedCostPerUnit < recommended.landedCostPerUnit - visible
        {
            return "\(runnerUp.model) is cheaper per unit (\(money(runnerUp.landedCostPerUnit)) against "
                + "\(money(recommended.landedCostPerUnit))) but sells fewer units "
                + "(\(quantity(runnerUp.unitsSold)) against \(quantity(recommended.unitsSold)) a month)."
        }
        return nil
    }

    private func stability() -> String {
        let stability = decision.stability
        var text = "Demand is \(stability.word) (\(stability)"
        if let cv = terms.demand.coefficientOfVariation { text += ", cv \(NumberFormatting.grouped(cv))" }
        text += ")"
        if let pattern = decision.pattern, pattern != .smooth {
            text += " and \(pattern), where the normal approximation behind the stock levels is weakest"
        }
        return text + "."
    }

    private func shortHistory(_ recommended: ModelEvaluation) -> [String] {
        let months = terms.historyMonths ?? 0
        let head = "Only \(NumberFormatting.compact(months)) months of history (fewer than "
            + "\(NumberFormatting.compact(terms.minHistoryMonths))): "
        let best = models.first { $0.model == decision.mostProfitable } ?? recommended
        if recommended.model != .virtual {
            return [head + "demand is unproven, but there are no VIRTUAL figures to validate it with.",
                    comparison(recommended)]
        }
        if best.model == recommended.model {
            return [head + "VIRTUAL validates demand first, and it also earns the most "
                + "(\(money(recommended.monthlyProfit)) a month).", stability()]
        }
        return [head + "stay VIRTUAL to validate demand first.",
                "Once demand is proven, \(best.model) would earn "
                + "\(money(best.monthlyProfit - recommended.monthlyProfit)) a month more "
                + "(\(money(best.monthlyProfit)) against \(money(recommended.monthlyProfit)))."]
    }

    private func unprofitable(_ recommended: ModelEvaluation) -> [String] {
        let kept = terms.price * (1 - recommended.returnRate)
        return ["Every model loses money at a price of \(money(terms.price)): reprice or drop.",
                "The smallest loss is \(recommended.model)'s, \(money(recommended.monthlyProfit)) a month: "
                + "a unit costs \(money(recommended.landedCostPerUnit)) landed and brings in "
                + "\(money(kept)) after returns."]
    }

    // MARK: Helpers

    private func runnerUp(to recommended: ModelEvaluation) -> ModelEvaluation? {
        let others = models.filter { $0.model != recommended.model }
        guard let first = others.first else { return nil }
        return others.dropFirst().reduce(first) { Decision.isBetter($1, than: $0) ? $1 : $0 }
    }

    private func money(_ value: Double) -> String { NumberFormatting.money(value) }
    private func quantity(_ value: Double) -> String { NumberFormatting.quantity(value) }
    private func days(_ value: Double) -> String { NumberFormatting.compact(value) }
}
