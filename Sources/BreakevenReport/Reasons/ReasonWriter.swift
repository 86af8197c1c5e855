import BreakevenCore

/// Writes a decision's reasons (``Reason``, facts with their numbers) as
/// sentences, in English or Italian. Every figure goes through the number
/// formats of ``Prose``, so a quantity reads the same wherever it appears.
package struct ReasonWriter: Sendable {
    /// The language of the sentences.
    package var language: Language

    package init(_ language: Language = .english) { self.language = language }

    /// The sentences of `reasons`, in order.
    package func sentences(_ reasons: [Reason]) -> [String] { prose(reasons).map(\.string) }

    /// The sentences as UTF-8 text, for writers that append bytes.
    package func prose(_ reasons: [Reason]) -> [Prose] { reasons.flatMap(sentences) }

    private func sentences(_ reason: Reason) -> [Prose] {
        let it = language == .italian
        switch reason {
        case .noDemand(let model):
            return [
                it
                    ? "Nessuna domanda: non c'è niente da tenere in magazzino, quindi resta \(model)."
                    : "No demand: there is nothing to stock, so it stays \(model)."
            ]
        case .everyModelEarnsZero:
            return [it ? "Ogni modello guadagna 0 al mese." : "Every model earns 0 a month."]
        case .onlyModel(let model, let profit):
            return [
                it
                    ? "\(model) è l'unico modello con i dati per essere valutato; guadagna \(money: profit) al mese."
                    : "\(model) is the only model with the figures to evaluate; it earns \(money: profit) a month."
            ]
        case .leads(let lead):
            return [
                it
                    ? """
                    \(lead.model) guadagna \(money: lead.profit) al mese, \(money: lead.lead) più di \
                    \(lead.runnerUp) (\(money: lead.runnerUpProfit)).
                    """
                    : """
                    \(lead.model) earns \(money: lead.profit) a month, \(money: lead.lead) more than \
                    \(lead.runnerUp) (\(money: lead.runnerUpProfit)).
                    """
            ]
        case .driver(let driver):
            return [self.driver(driver)]
        case .belowBreakEven(let demand, let model, let breakEven):
            return [
                it
                    ? """
                    A \(quantity: demand) unità al mese la domanda è sotto il punto di pareggio di \(model), \
                    \(quantity: breakEven): tenere scorte non conviene ancora.
                    """
                    : """
                    At \(quantity: demand) units a month demand is below \(model)'s break-even of \
                    \(quantity: breakEven), so holding stock does not pay yet.
                    """
            ]
        case .neverBreaksEven(let model, let upTo):
            return [
                it
                    ? "\(model) non supera VIRTUAL a nessun volume fino a \(quantity: upTo) unità al mese."
                    : "\(model) does not beat VIRTUAL at any volume up to \(quantity: upTo) units a month."
            ]
        case .stability(let stability):
            return [self.stability(stability)]
        case .shortHistory(let history):
            return [shortHistory(history)]
        case .onceDemandIsProven(let best, let bestProfit, let virtualProfit):
            let gain = bestProfit - virtualProfit
            return [
                it
                    ? """
                    Una volta provata la domanda, \(best) guadagnerebbe \(money: gain) al mese in più \
                    (\(money: bestProfit) contro \(money: virtualProfit)).
                    """
                    : """
                    Once demand is proven, \(best) would earn \(money: gain) a month more \
                    (\(money: bestProfit) against \(money: virtualProfit)).
                    """
            ]
        case .unprofitable(let loss):
            return it
                ? [
                    "Ogni modello perde denaro al prezzo di \(money: loss.price): rivedere il prezzo o eliminare.",
                    """
                    La perdita minore è quella di \(loss.model), \(money: loss.profit) al mese: un'unità costa \
                    \(money: loss.landedCost) in tutto e rende \(money: loss.keptPerUnit) al netto dei resi.
                    """,
                ]
                : [
                    "Every model loses money at a price of \(money: loss.price): reprice or drop.",
                    """
                    The smallest loss is \(loss.model)'s, \(money: loss.profit) a month: a unit costs \
                    \(money: loss.landedCost) landed and brings in \(money: loss.keptPerUnit) after returns.
                    """,
                ]
        }
    }

    // MARK: Clauses

    /// "Against VIRTUAL: 1,234.56 a month from a landed cost of … and 98.00 from selling …".
    private func driver(_ driver: Reason.Driver) -> Prose {
        let it = language == .italian
        var sentence: Prose = it ? "Rispetto a \(driver.other): " : "Against \(driver.other): "
        if let fromCost = driver.fromCost {
            sentence += it ? "\(money: fromCost) al mese da " : "\(money: fromCost) a month from "
            sentence += landedCost(driver.cost)
        }
        if driver.fromCost != nil, driver.fromVolume != nil { sentence += it ? " e " : " and " }
        if let fromVolume = driver.fromVolume {
            sentence += it ? "\(money: fromVolume) dal " : "\(money: fromVolume) from "
            sentence += volume(driver.volume)
        }
        switch driver.despite {
        case .cost?:
            sentence += it ? ", nonostante " : ", despite "
            sentence += landedCost(driver.cost)
        case .volume(let loss)?:
            sentence += it ? ", meno \(money: loss) dal " : ", less \(money: loss) from "
            sentence += volume(driver.volume)
        case nil:
            break
        }
        sentence += "."
        return sentence
    }

    /// "a landed cost of 9.85 per unit against 14.20 (the biggest gap: shipping, 2.90 vs 6.10)".
    private func landedCost(_ gap: Reason.CostGap) -> Prose {
        let it = language == .italian
        var text: Prose =
            it
            ? "un costo complessivo di \(money: gap.chosen) per unità contro \(money: gap.other)"
            : "a landed cost of \(money: gap.chosen) per unit against \(money: gap.other)"
        if let line = gap.widestLine {
            text +=
                it
                ? " (il divario maggiore: \(language.word(line)), \(money: gap.chosenLine) contro \(money: gap.otherLine))"
                : " (the biggest gap: \(language.word(line)), \(money: gap.chosenLine) vs \(money: gap.otherLine))"
        }
        return text
    }

    /// "selling 38.5 more units a month (VIRTUAL's 10-day delivery loses 18% of demand …)".
    private func volume(_ gap: Reason.VolumeGap) -> Prose {
        let it = language == .italian
        let more = gap.difference >= 0
        var text: Prose =
            it
            ? "vendere \(quantity: abs(gap.difference)) unità \(more ? "in più" : "in meno") al mese"
            : "selling \(quantity: abs(gap.difference)) \(more ? "more" : "fewer") units a month"
        switch gap.cause {
        case .delivery(let model, let days, let lost, let expected)?:
            text +=
                it
                ? """
                 (la consegna in \(compact: days) giorni di \(model) perde il \(percent: lost) della domanda \
                rispetto ai \(compact: expected) giorni attesi)
                """
                : """
                 (\(model)'s \(compact: days)-day delivery loses \(percent: lost) of demand against the \
                \(compact: expected)-day expectation)
                """
        case .stockOut(let model, let fill)?:
            text +=
                it
                ? " (\(model) resta senza scorte: tasso di evasione \(percent: fill, decimals: 1))"
                : " (\(model) runs out of stock: fill rate \(percent: fill, decimals: 1))"
        case nil:
            break
        }
        return text
    }

    /// "Demand is variable (Y, cv 0.62); it orders 500 at a time with 120 in safety stock (fill rate 99.1%)."
    private func stability(_ facts: Reason.Stability) -> Prose {
        let it = language == .italian
        var text: Prose =
            it
            ? "La domanda è \(language.word(facts.stability)) (\(facts.stability)"
            : "Demand is \(language.word(facts.stability)) (\(facts.stability)"
        if let cv = facts.cv { text += ", cv \(grouped: cv)" }
        text += ")"
        if let pattern = facts.irregularPattern {
            text +=
                it
                ? " e \(language.word(pattern)), dove l'approssimazione normale dietro i livelli di scorta è più debole"
                : " and \(language.word(pattern)), where the normal approximation behind the stock levels is weakest"
        }
        switch facts.policy {
        case .continuousReview(let quantity, let safetyStock, let fillRate)?:
            text +=
                it
                ? """
                ; ordina \(quantity: quantity) alla volta con \(quantity: safetyStock) di scorta di sicurezza \
                (tasso di evasione \(percent: fillRate, decimals: 1))
                """
                : """
                ; it orders \(quantity: quantity) at a time with \(quantity: safetyStock) in safety stock \
                (fill rate \(percent: fillRate, decimals: 1))
                """
        case .baseStock(let baseStock, let reviewDays, let share)?:
            text +=
                it
                ? """
                ; una scorta di base di \(quantity: baseStock), reintegrata ogni \(compact: reviewDays) giorni, \
                serve il \(stockShare: share) delle unità e il resto è spedito dal fornitore
                """
                : """
                ; a base stock of \(quantity: baseStock), topped up every \(compact: reviewDays) days, \
                serves \(stockShare: share) of units and the rest ships virtually
                """
        case nil:
            break
        }
        text += "."
        return text
    }

    /// "Only 3 months of history (fewer than 6): stay VIRTUAL to validate demand first."
    private func shortHistory(_ history: Reason.ShortHistory) -> Prose {
        let it = language == .italian
        var text: Prose =
            it
            ? "Solo \(compact: history.months) mesi di storico (meno di \(compact: history.minimum)): "
            : "Only \(compact: history.months) months of history (fewer than \(compact: history.minimum)): "
        switch history.outcome {
        case .alreadyStocked(let current):
            text +=
                it
                ? "la domanda non è provata, ma lo SKU è già in magazzino (\(current)), quindi resta dove guadagna di più."
                : "demand is unproven, but the SKU is already held in stock (\(current)), so it stays where it earns most."
        case .noVirtualFigures:
            text +=
                it
                ? "la domanda non è provata, ma non ci sono i dati VIRTUAL per verificarla."
                : "demand is unproven, but there are no VIRTUAL figures to validate it with."
        case .virtualAlsoBest(let profit):
            text +=
                it
                ? "VIRTUAL verifica prima la domanda, e guadagna anche di più (\(money: profit) al mese)."
                : "VIRTUAL validates demand first, and it also earns the most (\(money: profit) a month)."
        case .stayVirtual:
            text += it ? "resta VIRTUAL per verificare prima la domanda." : "stay VIRTUAL to validate demand first."
        }
        return text
    }
}
