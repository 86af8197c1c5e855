extension SKUEvaluation {
    /// The evaluation as `rank --simulate` shows it: unchanged when every
    /// model's analytic profit agrees with `simulation` (within the tolerance
    /// + 3 standard errors, ``SimulationVerdict``); otherwise each simulated
    /// model's monthly profit and units sold are the simulated means, the
    /// decision is taken again on them (recommendation, runner-up, lead,
    /// saving, reasons), and the flag `model_risk` is raised. The cost lines
    /// per unit, the stock policies and the break-even volumes stay analytic.
    package func refereed(by simulation: SKUSimulation) -> SKUEvaluation {
        guard SimulationVerdict(self, simulation: simulation).modelRisk else { return self }
        let simulated = models.map { model -> ModelEvaluation in
            guard let figures = simulation[model.model] else { return model }
            var model = model
            model.monthlyProfit = figures.meanMonthlyProfit
            model.unitsSold = figures.unitsSold
            return model
        }
        var decision = Decision(terms: terms, models: simulated, breakEven: breakEven)
        if !decision.flags.contains(.modelRisk) { decision.flags.append(.modelRisk) }
        return SKUEvaluation(terms: terms, models: simulated, decision: decision, breakEven: breakEven)
    }
}
