/// What one model did in one run, counted over the run's window (the days
/// after the warm-up).
package struct RunOutcome: Sendable, Equatable {
    /// Money earned over the window: margins of the units sold, less holding
    /// and purchase orders (minus the cost, under textbook accounting).
    package var profit = 0.0
    /// Price × units sold, money.
    package var revenue = 0.0
    /// Units whose buyers accepted the model's own promise (the demand reaching
    /// the stock, or VIRTUAL's demand after its delivery loss).
    package var unitsReaching = 0
    /// Units served from stock.
    package var unitsFromStock = 0
    /// Units shipped by the supplier: all of VIRTUAL's, HYBRID's fallback.
    package var unitsShippedVirtually = 0
    /// Unit-days on hand: the integral of the stock on hand over the window.
    package var stockDays = 0.0
    /// Unit-days backordered (textbook accounting only).
    package var backorderDays = 0.0
    /// Purchase orders placed.
    package var purchaseOrders = 0

    /// Units sold: from stock plus shipped virtually.
    package var unitsSold: Int { unitsFromStock + unitsShippedVirtually }

    /// Nothing yet.
    package init() {}
}

extension SimulatedModel {
    /// Runs the model over `orders`, counting what happens in `window` (days).
    ///
    /// The clock moves from event to event — a customer order, a receipt, a
    /// review, a textbook period end — so on-hand stock is integrated exactly
    /// and lead times are not rounded to days. Events at the same instant go
    /// period end, receipt, review, customer order. A customer order takes what
    /// the shelf holds; the rest is lost (or backordered, under textbook
    /// accounting), or ships through the fallback. Stock starts at s + Q or S
    /// with nothing on order. Lead times are drawn from `leadTimes`.
    package func run(
        orders: CustomerOrders, window: Range<Double>, leadTimes: inout RandomStream
    ) -> RunOutcome {
        var outcome = RunOutcome()
        guard let stock else {
            // VIRTUAL: every accepted order ships from the supplier.
            let threshold = 1 - deliveryLoss
            for index in 0..<orders.count where window.contains(orders.times[index]) {
                guard orders.acceptance[index] < threshold else { continue }
                let size = orders.sizes[index]
                outcome.unitsReaching += size
                outcome.unitsShippedVirtually += size
            }
            outcome.revenue = price * Double(outcome.unitsSold)
            outcome.profit = textbook == nil ? unitMargin * Double(outcome.unitsSold) : 0
            return outcome
        }

        let backorders = textbook?.backorders ?? false
        let keepThreshold = 1 - deliveryLoss
        let fallbackThreshold = fallback.map { 1 - $0.deliveryLoss } ?? 0
        // Net inventory: on hand when ≥ 0, backorders when < 0 (never < 0 with lost sales).
        var net = stock.policy.startingStock
        var onOrder = 0
        var pipeline: [(time: Double, units: Int)] = []
        var clock = 0.0
        var next = 0
        var reviews = 0
        var nextReview = Double.infinity
        if case .periodicReview = stock.policy { nextReview = 0 }
        let period = textbook?.periodDays ?? .infinity
        var periodEnds = 1
        var nextPeriodEnd = period
        var periodHolding = 0.0
        var periodBackorders = 0.0

        func advance(to time: Double) {
            let from = max(clock, window.lowerBound)
            let to = min(time, window.upperBound)
            if to > from {
                if net > 0 { outcome.stockDays += Double(net) * (to - from) }
                if net < 0 { outcome.backorderDays += Double(-net) * (to - from) }
            }
            clock = time
        }
        func place(_ units: Int, at time: Double) {
            let lead = leadTimes.duration(
                mean: stock.leadTimeDays, deviation: stock.leadTimeDeviationDays)
            pipeline.append((time + lead, units))
            onOrder += units
            if window.contains(time) { outcome.purchaseOrders += 1 }
        }
        func reviewContinuously(at time: Double) {
            guard case .continuousReview(let reorderPoint, let lot) = stock.policy else { return }
            let position = net + onOrder
            if position <= reorderPoint {
                place(((reorderPoint - position) / lot + 1) * lot, at: time)
            }
        }

        while true {
            let customer = next < orders.count ? orders.times[next] : .infinity
            var arriving = -1
            var receipt = Double.infinity
            for (index, order) in pipeline.enumerated() where order.time < receipt {
                receipt = order.time
                arriving = index
            }
            let time = min(nextPeriodEnd, receipt, nextReview, customer)
            guard time < window.upperBound else { break }
            advance(to: time)
            if nextPeriodEnd == time {
                if window.contains(time) {
                    periodHolding += Double(max(net, 0))
                    periodBackorders += Double(max(-net, 0))
                }
                periodEnds += 1
                nextPeriodEnd = Double(periodEnds) * period
            } else if receipt == time {
                let units = pipeline[arriving].units
                pipeline.swapAt(arriving, pipeline.count - 1)
                pipeline.removeLast()
                onOrder -= units
                net += units
            } else if nextReview == time {
                guard case .periodicReview(let review, let level) = stock.policy else { break }
                let position = net + onOrder
                if position < level { place(level - position, at: time) }
                reviews += 1
                nextReview = Double(reviews) * review
            } else {
                let size = orders.sizes[next]
                let accepted = orders.acceptance[next]
                let counted = window.contains(time)
                next += 1
                let onHand = max(net, 0)
                var fromStock = 0
                var virtual = 0
                if accepted < keepThreshold {
                    fromStock = min(onHand, size)
                    if backorders {
                        net -= size
                    } else {
                        net -= fromStock
                        if fromStock < size && accepted < fallbackThreshold {
                            virtual = size - fromStock
                        }
                    }
                    if counted { outcome.unitsReaching += size }
                } else if onHand == 0 && accepted < fallbackThreshold {
                    virtual = size
                }
                if counted {
                    outcome.unitsFromStock += fromStock
                    outcome.unitsShippedVirtually += virtual
                }
                reviewContinuously(at: time)
            }
        }
        advance(to: window.upperBound)

        if let textbook {
            let holding = textbook.periodDays == nil ? outcome.stockDays : periodHolding
            let short = textbook.periodDays == nil ? outcome.backorderDays : periodBackorders
            outcome.profit =
                -(Double(outcome.purchaseOrders) * stock.orderCost + textbook.holdingCost * holding
                + textbook.backorderCost * short)
            return outcome
        }
        outcome.revenue = price * Double(outcome.unitsSold)
        outcome.profit =
            unitMargin * Double(outcome.unitsFromStock)
            + (fallback?.unitMargin ?? 0) * Double(outcome.unitsShippedVirtually)
            - stock.holdingCostPerUnitDay * outcome.stockDays - stock.orderCost
            * Double(outcome.purchaseOrders)
        return outcome
    }
}
