import BreakevenCore
import BreakevenCSV

extension OutputColumns {
    /// One SKU's values of ``all``, in the same order, written straight into
    /// a CSV record: each model looked up once, no ``OutputValue`` per cell.
    /// What `rank --format csv` writes a million times; a test checks it
    /// against the cells of ``all``.
    ///
    /// Kept beside the declarative list because it is worth more than 3 %:
    /// writing the cells of ``all`` instead (even with each model looked up
    /// once per SKU) cost 5–8 % of the CPU time of `rank --format csv` on
    /// 100,000 generated rows (1.86–1.89 s against 1.76–1.80 s on one
    /// thread; 1.35 s against 1.23–1.31 s wall on two; 2026-12-06).
    static func writeRecord(
        _ evaluation: SKUEvaluation, to writer: inout CSVRowWriter, reasons: ReasonWriter = ReasonWriter()
    ) {
        var byModel: [ModelEvaluation?] = [nil, nil, nil, nil]
        for model in evaluation.models { byModel[model.model.index] = model }
        let decision = evaluation.decision

        writer.append(text: evaluation.sku)
        writer.append(text: decision.recommended.description)
        writer.append(optionalText: decision.cheapest?.description)
        writer.append(text: decision.stability.description)
        writer.append(optionalText: decision.pattern?.description)
        writer.append(optional: evaluation.terms.demand.coefficientOfVariation)
        writer.append(number: evaluation.terms.demand.mean)

        for model in byModel {
            writer.append(optional: model?.monthlyProfit)
            writer.append(optional: model?.landedCostPerUnit)
            writer.append(optional: model?.workingCapital)
            writer.append(optional: model?.unitsSold)
        }
        for model in [FulfilmentModel.stocked, .marketplace] {
            let policy = byModel[model.index]?.continuousReview
            writer.append(optional: policy?.orderQuantity)
            writer.append(optional: policy?.safetyStock)
            writer.append(optional: policy?.reorderPoint)
            writer.append(optional: policy?.fillRate)
        }
        let baseStock = byModel[FulfilmentModel.hybrid.index]?.baseStock
        writer.append(optional: baseStock?.reviewDays)
        writer.append(optional: baseStock?.baseStock)
        writer.append(optional: baseStock?.stockShare)

        for model in [FulfilmentModel.stocked, .marketplace, .hybrid] {
            switch evaluation.breakEven[model] {
            case .units(let units)?: writer.append(number: units)
            case .never?: writer.append(text: "never")
            case .always?: writer.append(text: "always")
            case nil: writer.appendEmpty()
            }
        }

        writer.append(optional: decision.saving)
        writer.append(list: decision.flags.map(\.description), separator: "|")
        writer.append(list: evaluation.terms.trace.defaulted().map(\.name), separator: "|")
        writer.append(list: reasons.sentences(decision.reasons), separator: " ")
        writer.endRecord()
    }
}
