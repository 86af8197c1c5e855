import BreakevenCore
import BreakevenCSV

/// The cross-table of XYZ class (rows) against recommended model (columns):
/// how many SKUs of each stability each model wins, with totals.
struct StabilityTable {
    /// SKUs per class and model.
    var counts: [StabilityClass: [FulfilmentModel: Int]]
    /// The language of its words.
    var language: Language = .english

    /// A table of `counts` in `language`.
    init(counts: [StabilityClass: [FulfilmentModel: Int]], language: Language = .english) {
        self.counts = counts
        self.language = language
    }

    /// Counts the classes and recommendations of `evaluations`, for a table in `language`.
    init<S: Sequence>(_ evaluations: S, language: Language = .english) where S.Element == SKUEvaluation {
        self.language = language
        counts = [:]
        for evaluation in evaluations {
            counts[evaluation.decision.stability, default: [:]][
                evaluation.decision.recommended, default: 0] += 1
        }
    }

    /// SKUs of `stability` recommended `model`.
    func count(_ stability: StabilityClass, _ model: FulfilmentModel) -> Int {
        counts[stability]?[model] ?? 0
    }

    /// The `<table>` element; each cell tinted by its share of the largest.
    func html() -> String {
        let largest = max(
            1,
            StabilityClass.allCases.flatMap { s in FulfilmentModel.allCases.map { count(s, $0) } }
                .max() ?? 1)
        var out = "<table class=\"cross\">\n<thead><tr><th scope=\"col\">\(language.pick("Class", "Classe"))</th>"
        for model in FulfilmentModel.allCases {
            out += "<th scope=\"col\" class=\"m-\(model.rawValue)\">\(model)</th>"
        }
        out += "<th scope=\"col\">\(language.pick("Total", "Totale"))</th></tr></thead>\n<tbody>\n"
        for stability in StabilityClass.allCases {
            out +=
                "<tr><th scope=\"row\" class=\"text\">\(stability) <span class=\"note\">\(language.word(stability))</span></th>"
            var total = 0
            for model in FulfilmentModel.allCases {
                let value = count(stability, model)
                total += value
                let alpha = Double(value) / Double(largest) * 0.45
                let style =
                    value == 0
                    ? "" : " style=\"background: rgba(9, 105, 218, \(Markup.number(alpha)))\""
                out += "<td\(style)>\(value)</td>"
            }
            out += "<td>\(total)</td></tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><td>\(language.pick("Total", "Totale"))</td>"
        var all = 0
        for model in FulfilmentModel.allCases {
            let value = StabilityClass.allCases.map { count($0, model) }.reduce(0, +)
            all += value
            out += "<td>\(value)</td>"
        }
        return out + "<td>\(all)</td></tr></tfoot>\n</table>\n"
    }
}
