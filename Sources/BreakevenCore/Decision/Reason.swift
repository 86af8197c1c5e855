/// One reason for a decision, as facts with their numbers; the words are
/// written by the report layer, in the reader's language. A decision holds
/// two or three of them (see ``Reason/facts(terms:models:decision:breakEven:)``).
package enum Reason: Sendable, Equatable {
    /// No demand: nothing to stock, so it stays with `model`; every model earns 0 a month.
    case noDemand(stays: FulfilmentModel)
    /// Every model earns 0 a month (follows ``noDemand(stays:)``).
    case everyModelEarnsZero
    /// `model` is the only one with the figures to evaluate; it earns `profit` (money per month).
    case onlyModel(FulfilmentModel, profit: Double)
    /// The recommended model, its monthly profit, and its lead over the runner-up.
    case leads(Lead)
    /// Where the difference against another model comes from (landed cost, volume).
    case driver(Driver)
    /// VIRTUAL wins because demand (units per month) is below `model`'s break-even volume.
    case belowBreakEven(demand: Double, model: FulfilmentModel, breakEven: Double)
    /// `model` does not beat VIRTUAL at any volume up to `upTo` units a month.
    case neverBreaksEven(FulfilmentModel, upTo: Double)
    /// How stable demand is and how the recommended model's stock copes with it.
    case stability(Stability)
    /// Less history than asked for; what that means for this SKU.
    case shortHistory(ShortHistory)
    /// Once demand is proven, `best` would earn `bestProfit` a month against VIRTUAL's `virtualProfit`.
    case onceDemandIsProven(best: FulfilmentModel, bestProfit: Double, virtualProfit: Double)
    /// Every model loses money at `price`; the smallest loss is `model`'s.
    case unprofitable(Unprofitable)

    /// The recommended model's monthly profit and its lead over the runner-up.
    package struct Lead: Sendable, Equatable {
        /// The recommended model and its profit, money per month.
        package var model: FulfilmentModel
        package var profit: Double
        /// The best other model (a HYBRID that holds no stock is left out) and its profit.
        package var runnerUp: FulfilmentModel
        package var runnerUpProfit: Double
        /// Profit minus the runner-up's, money per month.
        package var lead: Double { profit - runnerUpProfit }
    }

    /// The difference in monthly profit between the chosen model and `other`,
    /// split exactly into a cost part and a volume part: with U units sold and
    /// a margin m per unit sold, Π_A − Π_B = U_A (m_A − m_B) + (U_A − U_B) m_B.
    /// A part is named when it exceeds 5% of the difference.
    package struct Driver: Sendable, Equatable {
        /// The model contrasted with.
        package var other: FulfilmentModel
        /// What the landed-cost difference earns a month, when it is a reason.
        package var fromCost: Double?
        /// What the extra units earn a month, when it is a reason.
        package var fromVolume: Double?
        /// The landed costs compared.
        package var cost: CostGap
        /// The units sold compared.
        package var volume: VolumeGap
        /// What works against the chosen model, if anything.
        package var despite: Despite?

        /// A part that works against the chosen model.
        package enum Despite: Sendable, Equatable {
            /// A higher landed cost.
            case cost
            /// Fewer units sold, costing this much a month.
            case volume(Double)
        }
    }

    /// Landed costs per unit sold of the chosen model and the other, and the
    /// cost line with the widest gap (in the chosen model's favour, or against
    /// it when it costs more), when that gap is at least half a cent.
    package struct CostGap: Sendable, Equatable {
        package var chosen: Double
        package var other: Double
        package var widestLine: CostLine?
        package var chosenLine: Double
        package var otherLine: Double
    }

    /// Units sold a month, chosen minus other, and why the slower one sells less.
    package struct VolumeGap: Sendable, Equatable {
        package var difference: Double
        package var cause: Cause?

        package enum Cause: Sendable, Equatable {
            /// `model`'s delivery in `days` loses `lost` of demand (a share)
            /// against the `expectedDays` buyers expect.
            case delivery(model: FulfilmentModel, days: Double, lost: Double, expectedDays: Double)
            /// `model` runs out of stock: its fill rate (a share).
            case stockOut(model: FulfilmentModel, fillRate: Double)
        }
    }

    /// The XYZ class, the coefficient of variation, the Syntetos–Boylan
    /// pattern when not smooth, and the recommended model's stock policy.
    package struct Stability: Sendable, Equatable {
        package var stability: StabilityClass
        package var cv: Double?
        package var irregularPattern: DemandPattern?
        package var policy: Policy?

        package enum Policy: Sendable, Equatable {
            /// Orders `orderQuantity` at a time with `safetyStock`, reaching `fillRate`.
            case continuousReview(orderQuantity: Double, safetyStock: Double, fillRate: Double)
            /// Tops up to `baseStock` every `reviewDays`, serving `stockShare` of units from it.
            case baseStock(baseStock: Double, reviewDays: Double, stockShare: Double)
        }
    }

    /// `months` of history, fewer than `minimum`, and what follows.
    package struct ShortHistory: Sendable, Equatable {
        package var months: Double
        package var minimum: Double
        package var outcome: Outcome

        package enum Outcome: Sendable, Equatable {
            /// Already held in stock under `current`: it stays where it earns most.
            case alreadyStocked(current: FulfilmentModel)
            /// No VIRTUAL figures to validate demand with.
            case noVirtualFigures
            /// VIRTUAL validates demand and also earns the most, `profit` a month.
            case virtualAlsoBest(profit: Double)
            /// Stay VIRTUAL to validate demand first.
            case stayVirtual
        }
    }

    /// The price, the least-losing model, its monthly loss, its landed cost
    /// per unit and what a unit brings in after returns.
    package struct Unprofitable: Sendable, Equatable {
        package var price: Double
        package var model: FulfilmentModel
        package var profit: Double
        package var landedCost: Double
        package var keptPerUnit: Double
    }
}
