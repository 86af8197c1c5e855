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
}
