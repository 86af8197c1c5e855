/// One SKU as the merchant gave it: its identifier, the numbers of its row,
/// its demand history and how it is fulfilled today. Nothing is defaulted yet.
public struct SKUInputs: Sendable, Equatable {
    /// The SKU identifier, unique in a catalog.
    public var sku: String
    /// The numeric inputs given in the row.
    public var values: InputValues
    /// Monthly unit sales, oldest first, when given.
    public var demandHistory: [Double]?
    /// How the SKU is fulfilled today, when given.
    public var currentModel: FulfilmentModel?
    /// The product's name, when the catalog has one (not used by the math).
    public var name: String?

    /// Creates the inputs of one SKU.
    public init(
        sku: String, values: InputValues = InputValues(), demandHistory: [Double]? = nil,
        currentModel: FulfilmentModel? = nil
    ) {
        self.sku = sku
        self.values = values
        self.demandHistory = demandHistory
        self.currentModel = currentModel
    }

    /// Creates the inputs of one SKU from a dictionary of numbers.
    public init(
        sku: String, _ values: [InputName: Double], demandHistory: [Double]? = nil,
        currentModel: FulfilmentModel? = nil
    ) {
        self.init(
            sku: sku, values: InputValues(values), demandHistory: demandHistory,
            currentModel: currentModel)
    }
}
