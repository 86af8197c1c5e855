/// One fulfilment model as the simulator runs it: what a unit sold earns on
/// each path, which buyers accept its delivery promise, and its stock policy.
/// Data only; built from the tool's evaluation by ``init(_:terms:leadTimeDeviationDays:)``
/// or by hand (tests, other policies).
package struct SimulatedModel: Sendable, Equatable {
    /// The model this is (also keys its lead-time stream).
    package var model: FulfilmentModel
    /// Selling price, money per unit (for revenue).
    package var price: Double
    /// Money kept per unit sold on the model's own path (from stock, or shipped
    /// by the supplier for VIRTUAL): price × (1 − return rate) − the unit lines
    /// (product, inbound, fees, shipping, returns).
    package var unitMargin: Double
    /// λ, the share of buyers lost to the model's delivery promise: an order
    /// reaches the model when its acceptance uniform is below 1 − λ.
    package var deliveryLoss: Double
    /// The stock and its policy; `nil` when every unit ships from the supplier (VIRTUAL).
    package var stock: Stock?
    /// The dropship fallback for demand the shelf cannot serve; `nil` for none.
    package var fallback: Fallback?
    /// Textbook accounting for tests; `nil` for the tool's (see ``TextbookAccounting``).
    package var textbook: TextbookAccounting?

    /// A stock and how it is replenished.
    package struct Stock: Sendable, Equatable {
        /// The replenishment policy, in whole units.
        package var policy: StockPolicy
        /// Mean days from purchase order to stock available.
        package var leadTimeDays: Double
        /// Standard deviation of that lead time, days (gamma-distributed; orders may cross).
        package var leadTimeDeviationDays: Double
        /// Storage, capital and obsolescence of one unit on hand for a day: H / 365.25, money.
        package var holdingCostPerUnitDay: Double
        /// Money per purchase order.
        package var orderCost: Double

        /// A stock; see the properties for units.
        package init(
            policy: StockPolicy, leadTimeDays: Double, leadTimeDeviationDays: Double = 0,
            holdingCostPerUnitDay: Double, orderCost: Double
        ) {
            self.policy = policy
            self.leadTimeDays = leadTimeDays
            self.leadTimeDeviationDays = leadTimeDeviationDays
            self.holdingCostPerUnitDay = holdingCostPerUnitDay
            self.orderCost = orderCost
        }
    }

    /// Shipping by the supplier what the shelf cannot serve (HYBRID).
    ///
    /// When the shelf cannot fill an order that reached it, the units missing
    /// ship virtually if the buyer also accepts the virtual promise (acceptance
    /// uniform below 1 − λ_V): given the stock's promise was accepted, that
    /// happens with probability κ = (1 − λ_V) / (1 − λ_S) when λ_V ≥ λ_S, as in
    /// the analytic model. A buyer who would not wait for the stock's promise but
    /// accepts the virtual one (λ_V < λ_S) buys virtually when the shelf is
    /// empty, since the listing then shows the virtual promise: the overflow is
    /// again κ times the demand the stock lost, now κ > 1.
    package struct Fallback: Sendable, Equatable {
        /// λ_V, the share of buyers lost to the virtual promise.
        package var deliveryLoss: Double
        /// m_V, money kept per unit shipped virtually (VIRTUAL's unit lines).
        package var unitMargin: Double

        /// A fallback; see the properties.
        package init(deliveryLoss: Double, unitMargin: Double) {
            self.deliveryLoss = deliveryLoss
            self.unitMargin = unitMargin
        }
    }

    /// A model; see the properties for units.
    package init(
        model: FulfilmentModel, price: Double, unitMargin: Double, deliveryLoss: Double,
        stock: Stock? = nil,
        fallback: Fallback? = nil, textbook: TextbookAccounting? = nil
    ) {
        self.model = model
        self.price = price
        self.unitMargin = unitMargin
        self.deliveryLoss = deliveryLoss
        self.stock = stock
        self.fallback = fallback
        self.textbook = textbook
    }

    /// The policy the tool prints for `evaluation`, with the same cost lines:
    /// - VIRTUAL ships every accepted order from the supplier;
    /// - STOCKED and MARKETPLACE run their printed (s, Q) with lost sales and
    ///   the warehouse's lead time (MARKETPLACE's includes the inbound days);
    /// - HYBRID runs its printed (R, S) with the **supplier's real lead time**
    ///   (the analytic model assumes the top-up arrives at once) and the
    ///   dropship fallback when a virtual unit earns money (κ = 0 otherwise);
    ///   with S = 0 it is VIRTUAL, as the tool says.
    /// A stock model whose printed lot is 0 (no demand left) stocks and sells nothing.
    /// Lead times have the warehouse's standard deviation (the SKU's
    /// `lead_time_sd_days`), or `leadTimeDeviationDays` days when given.
    /// `nil` when the model's inputs are missing.
    package init?(
        _ evaluation: ModelEvaluation, terms: SKUTerms, leadTimeDeviationDays: Double? = nil
    ) {
        let price = terms.price
        let policy = terms.policy
        let handling = policy.returnHandlingCost
        func stock(_ warehouse: Warehouse, _ printed: StockPolicy) -> Stock {
            Stock(
                policy: printed, leadTimeDays: warehouse.leadTimeDays,
                leadTimeDeviationDays: leadTimeDeviationDays ?? warehouse.leadTimeDeviationDays,
                holdingCostPerUnitDay: warehouse.holdingCostPerUnitYear(policy: policy)
                    / (12 * daysPerMonth),
                orderCost: warehouse.orderCost)
        }
        func virtual(as model: FulfilmentModel) -> SimulatedModel? {
            guard let channel = terms.virtual else { return nil }
            return SimulatedModel(
                model: model, price: price,
                unitMargin: channel.unitMargin(price: price, returnHandlingCost: handling),
                deliveryLoss: policy.lostShare(deliveryDays: channel.deliveryDays))
        }
        switch evaluation.model {
        case .virtual:
            guard let model = virtual(as: .virtual) else { return nil }
            self = model
        case .stocked, .marketplace:
            guard let warehouse = evaluation.model == .stocked ? terms.stocked : terms.marketplace,
                let printed = evaluation.continuousReview
            else { return nil }
            let channel = warehouse.channel
            let loss = policy.lostShare(deliveryDays: channel.deliveryDays)
            guard let rule = StockPolicy(printed: printed) else {
                self.init(model: evaluation.model, price: price, unitMargin: 0, deliveryLoss: 1)
                return
            }
            self.init(
                model: evaluation.model, price: price,
                unitMargin: channel.unitMargin(price: price, returnHandlingCost: handling),
                deliveryLoss: loss,
                stock: stock(warehouse, rule))
        case .hybrid:
            guard let printed = evaluation.baseStock, let warehouse = terms.stocked,
                let channel = terms.virtual
            else { return nil }
            guard let rule = StockPolicy(printed: printed) else {
                guard let model = virtual(as: .hybrid) else { return nil }
                self = model
                return
            }
            let virtualMargin = channel.unitMargin(price: price, returnHandlingCost: handling)
            self.init(
                model: .hybrid, price: price,
                unitMargin: warehouse.channel.unitMargin(
                    price: price, returnHandlingCost: handling),
                deliveryLoss: policy.lostShare(deliveryDays: warehouse.channel.deliveryDays),
                stock: stock(warehouse, rule),
                fallback: virtualMargin > 0
                    ? Fallback(
                        deliveryLoss: policy.lostShare(deliveryDays: channel.deliveryDays),
                        unitMargin: virtualMargin)
                    : nil)
        }
    }
}
