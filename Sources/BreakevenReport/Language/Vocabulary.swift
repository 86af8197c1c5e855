import BreakevenCore

/// The words for the core's names, per language. Model names (VIRTUAL,
/// STOCKED, MARKETPLACE, HYBRID) and classes (X, Y, Z) are names, the same in
/// every language.
extension Language {
    /// A word for a merchant: stable, variable or volatile.
    package func word(_ stability: StabilityClass) -> String {
        switch stability {
        case .x: return pick("stable", "stabile")
        case .y: return pick("variable", "variabile")
        case .z: return pick("volatile", "volatile")
        }
    }

    /// The Syntetos–Boylan pattern, as an adjective of demand.
    package func word(_ pattern: DemandPattern) -> String {
        switch pattern {
        case .smooth: return pick("smooth", "regolare")
        case .erratic: return pick("erratic", "erratica")
        case .intermittent: return pick("intermittent", "intermittente")
        case .lumpy: return pick("lumpy", "a picchi")
        }
    }

    /// A cost line's name.
    package func word(_ line: CostLine) -> String {
        switch line {
        case .product: return pick("product", "prodotto")
        case .inbound: return pick("inbound", "trasporto in entrata")
        case .fees: return pick("fees", "commissioni")
        case .shipping: return pick("shipping", "spedizione")
        case .storage: return pick("storage", "magazzino")
        case .capital: return pick("capital", "capitale")
        case .ordering: return pick("ordering", "ordini")
        case .returns: return pick("returns", "resi")
        }
    }

    /// A decision flag for people. English keeps the snake_case name it has
    /// always shown (the name of the `flags` output); Italian words it.
    package func word(_ flag: DecisionFlag) -> String {
        switch flag {
        case .noDemand: return pick(flag.description, "nessuna domanda")
        case .shortHistory: return pick(flag.description, "storico breve")
        case .unprofitable: return pick(flag.description, "in perdita")
        case .irregularDemand: return pick(flag.description, "domanda irregolare")
        case .lateDelivery: return pick(flag.description, "consegna lenta")
        case .singleModel: return pick(flag.description, "un solo modello")
        case .modelRisk: return pick(flag.description, "rischio di modello")
        }
    }

    /// Where an input's value came from, as `explain` shows it. English keeps
    /// the lower-case name of the JSON output.
    package func word(_ source: InputSource) -> String {
        switch source {
        case .row: return pick(source.description, "riga")
        case .settings: return pick(source.description, "impostazioni")
        case .builtIn: return pick(source.description, "predefinito")
        case .derived: return pick(source.description, "derivato")
        case .override: return pick(source.description, "sostituito")
        case .adjusted: return pick(source.description, "rettificato")
        }
    }

    /// An input's unit (``InputSpec/unit``) for people.
    package func unit(_ unit: String) -> String {
        guard self == .italian else { return unit }
        let words: [String: String] = [
            "days": "giorni", "kg/unit": "kg/unità", "km": "km", "l/unit": "l/unità", "model": "modello",
            "money/1000 km": "denaro/1000 km", "money/kg": "denaro/kg", "money/l/month": "denaro/l/mese",
            "money/order": "denaro/ordine", "money/parcel": "denaro/collo", "money/unit": "denaro/unità",
            "money/unit/month": "denaro/unità/mese", "months": "mesi", "per year": "all'anno",
            "probability": "probabilità", "ratio": "rapporto", "share of price": "quota del prezzo",
            "share of units": "quota delle unità", "share": "quota", "share/day": "quota/giorno", "text": "testo",
            "units": "unità", "units/month": "unità/mese", "units/order": "unità/ordine",
        ]
        return words[unit] ?? unit
    }

    /// A list of flags for people: the names joined by `separator` in English,
    /// the Italian words by a comma (they hold spaces).
    package func words(_ flags: [DecisionFlag], separator: String) -> String {
        flags.map(word).joined(separator: pick(separator, ", "))
    }
}
