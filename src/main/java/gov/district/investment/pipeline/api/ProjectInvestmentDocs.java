package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of ProjectInvestmentResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ProjectInvestmentDocs {

    public static final String SUMMARY = "The year's planned investment, completed investment (monthly reports up to asOf, as known then), completionRate, expectedRate (均衡进度: whole months ended by asOf, e.g. 27 November → 10/12), gap and status: BEHIND when completionRate < expectedRate − tolerance (default 0.05), AHEAD when above it by more than the tolerance.";

    private ProjectInvestmentDocs() {
    }
}
