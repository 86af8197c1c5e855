extension Reason {
    /// The two or three reasons of a decision, each from the numbers that decided it:
    /// 1. what the recommended model earns and by how much it beats the runner-up;
    /// 2. where the difference against the alternative comes from (``Driver``);
    /// 3. the stability of demand and the stock policy that copes with it.
    /// The guardrails (no demand, short history, every model losing) say why instead.
    package static func facts(
        terms: SKUTerms, models: [ModelEvaluation], decision: Decision,
        breakEven: [FulfilmentModel: BreakEvenVolume]
    ) -> [Reason] {
        ReasonFacts(terms: terms, models: models, decision: decision, breakEven: breakEven).reasons()
    }
}

/// Picks the reasons of one decision.
private struct ReasonFacts {
    let terms: SKUTerms
    let models: [ModelEvaluation]
    let decision: Decision
    let breakEven: [FulfilmentModel: BreakEvenVolume]

    /// The decision's runner-up, evaluated.
    var runnerUp: ModelEvaluation? { decision.runnerUp.flatMap { model in models.first { $0.model == model } } }

    func reasons() -> [Reason] {
        guard let recommended = models.first(where: { $0.model == decision.recommended }) else { return [] }
        let flags = decision.flags
        if flags.contains(.noDemand) { return [.noDemand(stays: recommended.model), .everyModelEarnsZero] }
        if flags.contains(.shortHistory) { return shortHistory(recommended) }
        if flags.contains(.unprofitable) { return [.unprofitable(unprofitable(recommended))] }
        var result = [comparison(recommended)]
        if let alternative = contrast(to: recommended), let driver = driver(recommended, against: alternative) {
            result.append(driver)
        }
        result.append(.stability(stability(recommended)))
        return result
    }

    private func comparison(_ recommended: ModelEvaluation) -> Reason {
        guard let runnerUp else {
            return .onlyModel(recommended.model, profit: recommended.monthlyProfit)
        }
        return .leads(
            Reason.Lead(
                model: recommended.model, profit: recommended.monthlyProfit, runnerUp: runnerUp.model,
                runnerUpProfit: runnerUp.monthlyProfit))
    }

    /// The model the second reason contrasts with: the core question is
    /// whether to hold stock, so VIRTUAL when a stock-holding model wins, else
    /// the runner-up.
    private func contrast(to recommended: ModelEvaluation) -> ModelEvaluation? {
        if recommended.model != .virtual, let virtual = models.first(where: { $0.model == .virtual }) {
            return virtual
        }
        return runnerUp
    }

    /// Where the difference against `other` comes from: landed cost and volume.
    private func driver(_ chosen: ModelEvaluation, against other: ModelEvaluation) -> Reason? {
        let costPart = chosen.unitsSold * (margin(chosen) - margin(other))
        let volumePart = (chosen.unitsSold - other.unitsSold) * margin(other)
        let significant = 0.05 * abs(chosen.monthlyProfit - other.monthlyProfit)
        let fromCost = costPart > significant
        let fromVolume = volumePart > significant
        guard fromCost || fromVolume else { return belowBreakEven(chosen, other) }
        var despite: Reason.Driver.Despite?
        if costPart < -significant {
            despite = .cost
        } else if volumePart < -significant {
            despite = .volume(-volumePart)
        }
        return .driver(
            Reason.Driver(
                other: other.model, fromCost: fromCost ? costPart : nil, fromVolume: fromVolume ? volumePart : nil,
                cost: costGap(chosen, other), volume: volumeGap(chosen, other), despite: despite))
    }

    /// The landed costs, and the line with the largest gap in the chosen
    /// model's favour (or, when it costs more, against it); the first of equals.
    private func costGap(_ chosen: ModelEvaluation, _ other: ModelEvaluation) -> Reason.CostGap {
        let cheaper = chosen.landedCostPerUnit < other.landedCostPerUnit
        var widest = CostLine.allCases[0]
        var widestGap = other.costPerUnit[widest] - chosen.costPerUnit[widest]
        for line in CostLine.allCases.dropFirst() {
            let gap = other.costPerUnit[line] - chosen.costPerUnit[line]
            if cheaper ? gap > widestGap : gap < widestGap {
                widest = line
                widestGap = gap
            }
        }
        return Reason.CostGap(
            chosen: chosen.landedCostPerUnit, other: other.landedCostPerUnit,
            widestLine: abs(widestGap) >= 0.005 ? widest : nil, chosenLine: chosen.costPerUnit[widest],
            otherLine: other.costPerUnit[widest])
    }

    /// Units sold, chosen minus other, and why the slower one sells less: its
    /// delivery (a gap of at least half a point of demand lost) or its stock-outs.
    private func volumeGap(_ chosen: ModelEvaluation, _ other: ModelEvaluation) -> Reason.VolumeGap {
        let difference = chosen.unitsSold - other.unitsSold
        let slower = difference >= 0 ? other : chosen
        let faster = difference >= 0 ? chosen : other
        var cause: Reason.VolumeGap.Cause?
        if slower.lostToDelivery - faster.lostToDelivery >= 0.005 {
            cause = .delivery(
                model: slower.model, days: slower.deliveryDays, lost: slower.lostToDelivery,
                expectedDays: terms.policy.expectedDeliveryDays)
        } else if let fill = slower.continuousReview?.fillRate, fill < 1 {
            cause = .stockOut(model: slower.model, fillRate: fill)
        }
        return Reason.VolumeGap(difference: difference, cause: cause)
    }

    private func belowBreakEven(_ chosen: ModelEvaluation, _ other: ModelEvaluation) -> Reason? {
        guard chosen.model == .virtual, let volume = breakEven[other.model] else { return nil }
        switch volume {
        case .units(let units) where units > terms.demand.mean:
            return .belowBreakEven(demand: terms.demand.mean, model: other.model, breakEven: units)
        case .never:
            return .neverBreaksEven(other.model, upTo: BreakEven.range.upperBound)
        default:
            return nil
        }
    }

    private func stability(_ recommended: ModelEvaluation) -> Reason.Stability {
        var policy: Reason.Stability.Policy?
        switch recommended.replenishment {
        case .continuousReview(let stock) where stock.orderQuantity > 0:
            policy = .continuousReview(
                orderQuantity: stock.orderQuantity, safetyStock: max(0, stock.safetyStock), fillRate: stock.fillRate)
        case .baseStock(let stock) where stock.baseStock > 0:
            policy = .baseStock(baseStock: stock.baseStock, reviewDays: stock.reviewDays, stockShare: stock.stockShare)
        default:
            policy = nil
        }
        let pattern = decision.pattern.flatMap { $0 == .smooth ? nil : $0 }
        return Reason.Stability(
            stability: decision.stability, cv: terms.demand.coefficientOfVariation, irregularPattern: pattern,
            policy: policy)
    }

    private func shortHistory(_ recommended: ModelEvaluation) -> [Reason] {
        func history(_ outcome: Reason.ShortHistory.Outcome) -> Reason {
            .shortHistory(
                Reason.ShortHistory(months: terms.historyMonths ?? 0, minimum: terms.minHistoryMonths, outcome: outcome))
        }
        let best = models.first { $0.model == decision.mostProfitable } ?? recommended
        if recommended.model != .virtual {
            let outcome: Reason.ShortHistory.Outcome =
                models.contains { $0.model == .virtual } ? .alreadyStocked(current: decision.baseline) : .noVirtualFigures
            return [history(outcome), comparison(recommended)]
        }
        if best.model == recommended.model {
            return [history(.virtualAlsoBest(profit: recommended.monthlyProfit)), .stability(stability(recommended))]
        }
        return [
            history(.stayVirtual),
            .onceDemandIsProven(
                best: best.model, bestProfit: best.monthlyProfit, virtualProfit: recommended.monthlyProfit),
        ]
    }

    private func unprofitable(_ recommended: ModelEvaluation) -> Reason.Unprofitable {
        Reason.Unprofitable(
            price: terms.price, model: recommended.model, profit: recommended.monthlyProfit,
            landedCost: recommended.landedCostPerUnit, keptPerUnit: terms.price * (1 - recommended.returnRate))
    }

    /// Money kept per unit sold: price after returns minus the landed cost.
    private func margin(_ result: ModelEvaluation) -> Double {
        terms.price * (1 - result.returnRate) - result.landedCostPerUnit
    }
}
