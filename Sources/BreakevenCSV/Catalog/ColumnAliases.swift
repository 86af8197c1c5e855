import BreakevenCore

/// A column a catalog may have: one of the inputs, or the product's name,
/// which the math does not use but `explain` shows.
package enum CatalogColumn: Sendable, Equatable, Hashable {
    /// An input of the decision math.
    case input(InputName)
    /// The product's name or description.
    case productName

    /// The canonical header: the input's name, or `name`.
    package var title: String {
        switch self {
        case .input(let input): return input.name
        case .productName: return "name"
        }
    }

    /// The column a header title names, if any: an input name or one of the
    /// ``ColumnAliases``, compared after ``ColumnAliases/normalized(_:)``.
    package init?(header title: String) {
        let key = ColumnAliases.normalized(title)
        if let input = InputName(name: key) {
            self = .input(input)
        } else if let column = ColumnAliases.table[key] {
            self = column
        } else {
            return nil
        }
    }
}

/// The other names people give the obvious columns, and how headers are compared.
///
/// Headers are compared in lower case with every run of characters other
/// than letters and digits read as one `_`, trimmed at both ends: so
/// `Monthly Demand`, `monthly-demand` and `MONTHLY_DEMAND` are the same, and
/// `Weight (kg)` is `weight_kg`, `Price (€)` is `price`, `Return rate %` is
/// `return_rate`.
package enum ColumnAliases {
    /// Alias (normalized) → column. Documented in the README.
    package static let table: [String: CatalogColumn] = {
        let aliases: [(CatalogColumn, [String])] = [
            (.input(.sku), ["sku_code", "sku_id", "product_code", "product_id", "item_code", "item_id",
                            "stockcode", "stock_code", "article_number", "article", "asin"]),
            (.productName, ["name", "product_name", "product", "description", "title", "item_name", "item"]),
            (.input(.price), ["unit_price", "selling_price", "sale_price", "retail_price", "price_per_unit"]),
            (.input(.monthlyDemand), ["demand", "monthly_sales", "monthly_units", "units_per_month",
                                      "avg_monthly_units", "average_monthly_units"]),
            (.input(.demandHistory), ["history", "monthly_history", "sales_history"]),
            (.input(.weightKg), ["weight", "unit_weight", "weight_per_unit"]),
            (.input(.volumeL), ["volume", "unit_volume", "volume_litres", "volume_liters"]),
            (.input(.virtualUnitCost), ["dropship_cost", "dropship_price", "pod_cost", "supplier_price"]),
            (.input(.stockedUnitCost), ["wholesale_cost", "wholesale_price", "unit_cost", "cost_price", "cogs"]),
            (.input(.moq), ["minimum_order_quantity", "min_order_qty", "min_order_quantity"]),
            (.input(.supplierLeadDays), ["lead_time", "lead_time_days", "lead_days"]),
            (.input(.marketplaceFulfillmentFee), ["marketplace_fulfilment_fee", "fba_fee", "fulfilment_fee",
                                                  "fulfillment_fee"]),
            (.input(.returnRate), ["returns", "return_share"]),
            (.input(.currentModel), ["current_fulfilment", "current_fulfillment", "fulfilment", "fulfillment"]),
        ]
        var table: [String: CatalogColumn] = [:]
        for (column, names) in aliases {
            for name in names { table[name] = column }
        }
        return table
    }()

    /// Lower case; every run of characters other than letters and digits as
    /// one `_`; no `_` at either end.
    package static func normalized(_ title: String) -> String {
        var result = ""
        var pendingSeparator = false
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSeparator && !result.isEmpty { result.append("_") }
                pendingSeparator = false
                result.append(character)
            } else {
                pendingSeparator = true
            }
        }
        return result
    }

    /// Every name a header may use: the inputs' names and the aliases.
    package static var knownNames: [String] { InputName.allCases.map(\.name) + table.keys.sorted() }
}
