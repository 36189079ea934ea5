package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of ReportResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class ReportDocs {

    public static final String MISSING = "Projects that were in PRELIMINARY, CONSTRUCTION, COMPLETED or SUSPENDED on the month's last day (by the effective dates of their transitions) and have not reported the month, ordered by responsible unit, and each unit's filing rate (a fraction). A future month is 422.";

    private ReportDocs() {
    }
}
