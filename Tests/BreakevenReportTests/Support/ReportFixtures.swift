import TestSupport
@testable import BreakevenCore
@testable import BreakevenCSV
@testable import BreakevenReport

/// Small catalogs for the report's tests.
enum ReportFixtures {
    /// Five SKUs. Four sell only virtually (so VIRTUAL is recommended, a
    /// single model): two stable (cv 0.1), one variable (0.7), one volatile
    /// (1.5). One can also be stocked. A SKU and a name hold markup.
    static let text = #"""
        sku,name,price,monthly_demand,demand_sd,virtual_unit_cost,stocked_unit_cost,virtual_shipping,virtual_delivery_days
        tee-x1,Tee,25,100,10,11,,3,4
        tee-x2,"Tom & Jerry's <mug>",25,50,5,11,,3,4
        tee-y,Hoodie,40,20,14,20,,3,4
        tee-z,Poster,15,4,6,5,,3,4
        "lamp<&>""",Lamp,60,80,8,30,18,6,9
        """#

    static func evaluation() throws -> CatalogEvaluation {
        CatalogEvaluation(reference: try CatalogReader().read(Array(text.utf8), file: "shop & co.csv"))
    }
}
