/// Writes the two or three sentences that explain a decision, each built from
/// the numbers that decided it:
/// 1. what the recommended model earns and by how much it beats the runner-up;
/// 2. where the difference against the alternative comes from, split exactly
///    into a cost part and a volume part (below);
/// 3. the stability of demand and the stock policy that copes with it.
///
/// The split: with U units sold and a margin m per unit sold (price kept after
/// returns minus the landed cost), Π_A − Π_B = U_A (m_A − m_B) + (U_A − U_B) m_B:
/// the first term is what a cheaper (or dearer) landed cost earns on A's
/// units, the second what the extra (or missing) units earn at B's margin.
struct ReasonWriter {
    let terms: SKUTerms
    let models: [ModelEvaluation]
    let decision: Decision
    let breakEven: [FulfilmentModel: BreakEvenVolume]

    func sentences() -> [String] { prose().map(\.string) }

    /// The sentences as UTF-8 text.
    func prose() -> [Prose] {
        guard let recommended = models.first(where: { $0.model == decision.recommended }) else {
            return []
        }
        let flags = decision.flags
        if flags.contains(.noDemand) {
            return [
                "No demand: there is nothing to stock, so it stays \(recommended.model).",
                "Every model earns 0 a month.",
            ]
        }
        if flags.contains(.shortHistory) { return shortHistory(recommended) }
        if flags.contains(.unprofitable) { return unprofitable(recommended) }
        var result = [comparison(recommended)]
        if let alternative = contrast(to: recommended), let driver = driver(recommended, against: alternative) {
            result.append(driver)
        }
        result.append(stability(recommended))
        return result
    }

    // MARK: Sentences

    private func comparison(_ recommended: ModelEvaluation) -> Prose {
        guard let runnerUp = runnerUp(to: recommended) else {
            return """
                \(recommended.model) is the only model with the figures to evaluate; \
                it earns \(money: recommended.monthlyProfit) a month.
                """
        }
        let lead = recommended.monthlyProfit - runnerUp.monthlyProfit
        return """
            \(recommended.model) earns \(money: recommended.monthlyProfit) a month, \
            \(money: lead) more than \(runnerUp.model) (\(money: runnerUp.monthlyProfit)).
            """
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

    /// Where the difference against `other` comes from: landed cost and volume.
    private func driver(_ chosen: ModelEvaluation, against other: ModelEvaluation) -> Prose? {
        let costPart = chosen.unitsSold * (margin(chosen) - margin(other))
        let volumePart = (chosen.unitsSold - other.unitsSold) * margin(other)
        let significant = 0.05 * abs(chosen.monthlyProfit - other.monthlyProfit)
        let fromCost = costPart > significant
        let fromVolume = volumePart > significant
        guard fromCost || fromVolume else { return belowBreakEven(chosen, other) }
        var sentence: Prose = "Against \(other.model): "
        if fromCost { sentence += "\(money: costPart) a month from \(landedCostText(chosen, other))" }
        if fromCost && fromVolume { sentence += " and " }
        if fromVolume { sentence += "\(money: volumePart) from \(volumeText(chosen, other))" }
        if costPart < -significant {
            sentence += ", despite \(landedCostText(chosen, other))"
        } else if volumePart < -significant {
            sentence += ", less \(money: -volumePart) from \(volumeText(chosen, other))"
        }
        sentence += "."
        return sentence
    }

    /// "a landed cost of 9.85 per unit against 14.20 (the biggest gap: shipping, 2.90 vs 6.10)".
    private func landedCostText(_ chosen: ModelEvaluation, _ other: ModelEvaluation) -> Prose {
        var text: Prose = """
            a landed cost of \(money: chosen.landedCostPerUnit) per unit against \
            \(money: other.landedCostPerUnit)
            """
        // The line with the largest gap in the chosen model's favour (or,
        // when it costs more, against it); the first of equals.
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
        if abs(widestGap) >= 0.005 {
            text += """
                 (the biggest gap: \(widest), \(money: chosen.costPerUnit[widest]) vs \
                \(money: other.costPerUnit[widest]))
                """
        }
        return text
    }

    /// "selling 38.5 more units a month (VIRTUAL's 10-day delivery loses 18% of demand)".
    private func volumeText(_ chosen: ModelEvaluation, _ other: ModelEvaluation) -> Prose {
        let difference = chosen.unitsSold - other.unitsSold
        var text: Prose = "selling \(quantity: abs(difference)) \(difference >= 0 ? "more" : "fewer") units a month"
        let slower = difference >= 0 ? other : chosen
        let faster = difference >= 0 ? chosen : other
        if slower.lostToDelivery - faster.lostToDelivery >= 0.005 {
            text += """
                 (\(slower.model)'s \(compact: slower.deliveryDays)-day delivery loses \
                \(percent: slower.lostToDelivery) of demand against the \
                \(compact: terms.policy.expectedDeliveryDays)-day expectation)
                """
        } else if let fill = slower.continuousReview?.fillRate, fill < 1 {
            text += " (\(slower.model) runs out of stock: fill rate \(percent: fill, decimals: 1))"
        }
        return text
    }

    private func belowBreakEven(_ chosen: ModelEvaluation, _ other: ModelEvaluation) -> Prose? {
        guard chosen.model == .virtual, let volume = breakEven[other.model] else { return nil }
        switch volume {
        case .units(let units) where units > terms.demand.mean:
            return "At \(quantity: terms.demand.mean) units a month demand is below "
                + "\(other.model)'s break-even of \(quantity: units), so holding stock does not pay yet."
        case .never:
            return "\(other.model) does not beat VIRTUAL at any volume up to "
                + "\(quantity: BreakEven.range.upperBound) units a month."
        default:
            return nil
        }
    }

    /// Demand stability, and how the recommended model's stock copes with it.
    private func stability(_ recommended: ModelEvaluation) -> Prose {
        let stability = decision.stability
        var text: Prose = "Demand is \(stability.word) (\(stability)"
        if let cv = terms.demand.coefficientOfVariation { text += ", cv \(grouped: cv)" }
        text += ")"
        if let pattern = decision.pattern, pattern != .smooth {
            text += " and \(pattern), where the normal approximation behind the stock levels is weakest"
        }
        switch recommended.replenishment {
        case .continuousReview(let policy) where policy.orderQuantity > 0:
            text += """
                ; it orders \(quantity: policy.orderQuantity) at a time with \
                \(quantity: max(0, policy.safetyStock)) in safety stock \
                (fill rate \(percent: policy.fillRate, decimals: 1))
                """
        case .baseStock(let policy) where policy.baseStock > 0:
            text += """
                ; a base stock of \(quantity: policy.baseStock), topped up every \
                \(compact: policy.reviewDays) days, serves \(percent: policy.stockShare, decimals: 1) \
                of units and the rest ships virtually
                """
        default:
            break
        }
        text += "."
        return text
    }

    private func shortHistory(_ recommended: ModelEvaluation) -> [Prose] {
        let months = terms.historyMonths ?? 0
        let head = "Only \(compact: months) months of history (fewer than "
            + "\(compact: terms.minHistoryMonths)): "
        let best = models.first { $0.model == decision.mostProfitable } ?? recommended
        if recommended.model != .virtual {
            let why: Prose =
                models.contains { $0.model == .virtual }
                ? "demand is unproven, but the SKU is already held in stock (\(decision.baseline)), "
                    + "so it stays where it earns most."
                : "demand is unproven, but there are no VIRTUAL figures to validate it with."
            return [head + why, comparison(recommended)]
        }
        if best.model == recommended.model {
            return [
                head + "VIRTUAL validates demand first, and it also earns the most "
                    + "(\(money: recommended.monthlyProfit) a month).",
                stability(recommended),
            ]
        }
        return [
            head + "stay VIRTUAL to validate demand first.",
            "Once demand is proven, \(best.model) would earn "
                + "\(money: best.monthlyProfit - recommended.monthlyProfit) a month more "
                + "(\(money: best.monthlyProfit) against \(money: recommended.monthlyProfit)).",
        ]
    }

    private func unprofitable(_ recommended: ModelEvaluation) -> [Prose] {
        let kept = terms.price * (1 - recommended.returnRate)
        return [
            "Every model loses money at a price of \(money: terms.price): reprice or drop.",
            "The smallest loss is \(recommended.model)'s, \(money: recommended.monthlyProfit) a month: "
                + "a unit costs \(money: recommended.landedCostPerUnit) landed and brings in "
                + "\(money: kept) after returns.",
        ]
    }

    // MARK: Helpers

    /// The best other model, leaving out a HYBRID that holds no stock (it is VIRTUAL).
    private func runnerUp(to recommended: ModelEvaluation) -> ModelEvaluation? {
        var best: ModelEvaluation?
        for candidate in models
        where candidate.model != recommended.model
            && !(candidate.model == .hybrid && candidate.baseStock?.baseStock == 0)
        {
            if let current = best, !Decision.isBetter(candidate, than: current) { continue }
            best = candidate
        }
        return best
    }

    /// Money kept per unit sold: price after returns minus the landed cost.
    private func margin(_ result: ModelEvaluation) -> Double {
        terms.price * (1 - result.returnRate) - result.landedCostPerUnit
    }
}
