package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of YearTargetResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class YearTargetDocs {

    public static final String PUT = "Creates (201) or replaces (200) the year's targets: new starts, completions, operations (counts), planned investment and signed lead investment (万元); every figure optional. Optional If-Match. Roles: project-office, admin.";

    public static final String PUT_EXAMPLE = "{\"newStarts\":40,\"completions\":25,\"operations\":15,\"plannedInvestment\":1500000,\"signedLeadInvestment\":800000}";

    private YearTargetDocs() {
    }
}
