import BreakevenCore
import BreakevenCSV

/// Colours, fonts and measures shared by every chart, in the SVG files and
/// in the HTML report.
package enum ChartStyle {
    /// The font stack of chart text: the reader's own sans-serif, nothing downloaded.
    package static let fontFamily =
        "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"
    /// Chart text size, user units.
    package static let fontSize = 11.0
    /// Dark text.
    package static let ink = "#1f2328"
    /// Secondary text and axes.
    package static let muted = "#59636e"
    /// Grid lines.
    package static let grid = "#e4e7eb"

    /// A model's colour (Okabe–Ito, told apart with colour blindness and in print).
    package static func colour(_ model: FulfilmentModel) -> String {
        switch model {
        case .virtual: return "#0072B2"
        case .stocked: return "#D55E00"
        case .marketplace: return "#009E73"
        case .hybrid: return "#CC79A7"
        }
    }

    /// A model's line pattern: HYBRID is dashed because it runs on top of
    /// VIRTUAL until a base stock pays.
    package static func dash(_ model: FulfilmentModel) -> String? {
        model == .hybrid ? "7 4" : nil
    }

    /// A cost line's fill, light enough for dark text on it.
    package static func colour(_ line: CostLine) -> String {
        switch line {
        case .product: return "#80b1d3"
        case .inbound: return "#8dd3c7"
        case .fees: return "#fdb462"
        case .shipping: return "#fb8072"
        case .storage: return "#b3de69"
        case .capital: return "#bebada"
        case .ordering: return "#fccde5"
        case .returns: return "#c9c9c9"
        }
    }

    /// The width of `text` in user units at `size`, estimated generously
    /// from DejaVu Sans, the widest of the fonts above: capitals and wide
    /// letters 0.75 em, digits and other letters 0.66 em, narrow letters and
    /// punctuation 0.35 em. Used to keep labels apart and inside the picture.
    package static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i", "j", "l", "t", "f", "r", ".", ",", ":", ";", "'", "|", " ", "(", ")", "!":
                ems += 0.35
            case "m", "w", "M", "W", "—", "…": ems += 0.95
            case "A"..."Z": ems += 0.75
            default: ems += 0.66
            }
        }
        return ems * size
    }
}
