import BreakevenCSV
@_exported import BreakevenCore
import BreakevenReport
import Foundation

// The public API: one call that evaluates a catalog, one that evaluates a
// SKU. Everything else in the package is `package`: the math (BreakevenCore),
// CSV (BreakevenCSV) and the words (BreakevenReport) stay free to change.

/// Evaluates every SKU of the catalog CSV at `path` (dialect detected: `,` `;`
/// or tab, decimal point or comma), under the defaults of `docs/columns`.
///
/// Rows with a bad value are not lost: they are in ``CatalogResult/rejected``
/// with their line, column and reason, and the other rows are still evaluated.
///
/// - Throws: ``BreakevenError`` when the file cannot be read, or has no
///   header, no required column or no row.
public func evaluateCatalog(file path: String) throws(BreakevenError) -> CatalogResult {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw BreakevenError(message: "\(path): cannot be read")
    }
    return try evaluate([UInt8](data), file: path)
}

/// Evaluates every SKU of a catalog given as CSV text (dialect detected).
///
/// - Throws: ``BreakevenError`` when the text has no header, no required
///   column or no row.
public func evaluateCatalog(csv text: String, name: String = "catalog.csv") throws(BreakevenError) -> CatalogResult {
    try evaluate(Array(text.utf8), file: name)
}

/// Evaluates every SKU of a catalog given as rows of input names to values
/// as a merchant writes them (`"price": "19.99"`, `"return_rate": "3%"`);
/// the columns are the union of the rows' names.
///
/// - Throws: ``BreakevenError`` when a required input is missing everywhere.
public func evaluateCatalog(rows: [[String: String]]) throws(BreakevenError) -> CatalogResult {
    try evaluate(Array(CSVText.table(rows).utf8), file: "rows")
}

/// Evaluates one SKU given as input names to values (`"sku"`, `"price"`,
/// `"monthly_demand"`, a unit cost, …; every other input has its default).
///
/// - Throws: ``BreakevenError`` naming the input and what is wrong with it.
public func evaluateSKU(_ inputs: [String: String]) throws(BreakevenError) -> SKUResult {
    let result = try evaluateCatalog(rows: [inputs])
    if let problem = result.rejected.first { throw BreakevenError(message: problem.description) }
    guard let sku = result.skus.first else { throw BreakevenError(message: "the SKU could not be evaluated") }
    return sku
}

/// What a catalog came to: every SKU evaluated, every row rejected, the totals.
public struct CatalogResult: Sendable {
    /// The file name (or the name given), for messages.
    public let file: String
    /// The evaluated SKUs, in file order.
    public let skus: [SKUResult]
    /// The rows that could not be evaluated, in file order; rows read =
    /// `skus.count + rejected.count`.
    public let rejected: [RowProblem]
    /// Total monthly profit under today's models (`current_model`, else VIRTUAL), money per month.
    public let profitToday: Double
    /// Total monthly profit under the recommended models, money per month.
    public let profitRecommended: Double
}

/// One SKU's decision, as facts with their numbers.
public struct SKUResult: Sendable, Equatable {
    /// The SKU identifier.
    public let sku: String
    /// The 1-based line of its row.
    public let line: Int
    /// The model to use.
    public let recommended: FulfilmentModel
    /// The best other model; `nil` when only one model was evaluated.
    public let runnerUp: FulfilmentModel?
    /// How much more the recommended model earns than the runner-up, money
    /// per month; `nil` when only one model was evaluated.
    public let lead: Double?
    /// Monthly profit of each evaluated model (a model without its inputs is absent).
    public let monthlyProfit: [FulfilmentModel: Double]
    /// Landed cost per unit sold of each evaluated model.
    public let landedCostPerUnit: [FulfilmentModel: Double]
    /// Recommended profit minus today's (`current_model`, else VIRTUAL), money
    /// per month; `nil` when today's model is not evaluated.
    public let saving: Double?
    /// Warnings, as in the CSV output: `no_demand`, `short_history`,
    /// `unprofitable`, `irregular_demand`, `late_delivery`, `single_model`.
    public let flags: [String]
    /// The reasons in English; ``reasons(in:)`` for another language.
    public var reasons: [String] { sentences(Language.english) }

    /// The reasons in `language` (`"en"` or `"it"`); English for any other code.
    public func reasons(in language: String) -> [String] {
        sentences(Language(rawValue: language) ?? .english)
    }

    private let facts: [Reason]

    private func sentences(_ language: Language) -> [String] { ReasonWriter(language).sentences(facts) }

    init(line: Int, _ evaluation: SKUEvaluation) {
        sku = evaluation.sku
        self.line = line
        let decision = evaluation.decision
        recommended = decision.recommended
        runnerUp = decision.runnerUp
        lead = decision.lead
        monthlyProfit = Dictionary(uniqueKeysWithValues: evaluation.models.map { ($0.model, $0.monthlyProfit) })
        landedCostPerUnit = Dictionary(
            uniqueKeysWithValues: evaluation.models.map { ($0.model, $0.landedCostPerUnit) })
        saving = decision.saving
        flags = decision.flags.map(\.description)
        facts = decision.reasons
    }
}

/// A row that could not be evaluated, and why.
public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the row.
    public let line: Int
    /// The 1-based column of the problem; `nil` when it concerns the whole row.
    public let column: Int?
    /// What is wrong, with a hint.
    public let message: String
    /// `file:line:column: error: message`.
    public let description: String
}

/// Why a catalog or a SKU could not be evaluated at all.
public struct BreakevenError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, with where.
    public let message: String
    /// The message.
    public var description: String { message }
}

/// Runs `bytes` through the evaluation pipeline that `rank` uses, in file
/// order, on every core.
private func evaluate(_ bytes: [UInt8], file: String) throws(BreakevenError) -> CatalogResult {
    let dialect = DialectDetector.detect(bytes).dialect
    let pipeline = RankPipeline(
        settings: Settings(), sorted: false, threads: max(1, ProcessInfo.processInfo.activeProcessorCount))
    var served = false
    var skus: [SKUResult] = []
    let outcome: RankPipeline.Outcome
    do {
        outcome = try pipeline.run(
            file: file, dialect: dialect,
            source: { buffer in
                guard !served else { return false }
                served = true
                buffer += bytes
                return true
            },
            render: { line, evaluation in SKUResult(line: line, evaluation) }, emit: { skus += $0 })
    } catch {
        throw BreakevenError(message: error.description)
    }
    return CatalogResult(
        file: file, skus: skus,
        rejected: outcome.rejected.flatMap { row in
            row.diagnostics.map {
                RowProblem(line: $0.line ?? row.line, column: $0.column, message: $0.message, description: $0.description)
            }
        },
        profitToday: outcome.summary.profitToday, profitRecommended: outcome.summary.profitRecommended)
}
