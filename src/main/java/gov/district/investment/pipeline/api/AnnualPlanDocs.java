package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of AnnualPlanResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class AnnualPlanDocs {

    public static final String PUT = "Creates (201) or replaces (200) the project's plan for the year: planned investment (万元), goals and whether it is on that year's key-project list. Optional If-Match: 412 when stale, or when sent for a plan that does not exist yet. Roles: project-office, admin; unit only for its own projects.";

    public static final String PUT_EXAMPLE = "{\"plannedInvestment\":45000,\"goals\":\"完成主体结构封顶\",\"keyProject\":true}";

    private AnnualPlanDocs() {
    }
}
