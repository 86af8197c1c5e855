/// One SKU as the merchant gave it: its identifier, the numbers of its row,
/// its demand history and how it is fulfilled today. Nothing is defaulted yet.
package struct SKUInputs: Sendable, Equatable {
    /// The SKU identifier, unique in a catalog.
    package var sku: String
    /// The numeric inputs given in the row.
    package var values: InputValues
    /// Monthly unit sales, oldest first, when given.
    package var demandHistory: [Double]?
    /// How the SKU is fulfilled today, when given.
    package var currentModel: FulfilmentModel?
    /// The product's name, when the catalog has one (not used by the math).
    package var name: String?

    /// Creates the inputs of one SKU.
    package init(
        sku: String, values: InputValues = InputValues(), demandHistory: [Double]? = nil,
        currentModel: FulfilmentModel? = nil
    ) {
        self.sku = sku
        self.values = values
        self.demandHistory = demandHistory
        self.currentModel = currentModel
    }

    /// Creates the inputs of one SKU from a dictionary of numbers.
    package init(
        sku: String, _ values: [InputName: Double], demandHistory: [Double]? = nil,
        currentModel: FulfilmentModel? = nil
    ) {
        self.init(
            sku: sku, values: InputValues(values), demandHistory: demandHistory,
            currentModel: currentModel)
    }
}
