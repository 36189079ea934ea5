package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of MonthlyReportResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class MonthlyReportDocs {

    public static final String PUT = "Records that month's completed investment (万元), 形象进度 and issues as a new revision (201 for the month's first report, 200 after). Allowed once the project is in PRELIMINARY (409 before, and when cancelled); a future month is 422. Free until the configured day of the next month (default the 10th); after that a first report (补报) or a change needs a reason (422 without) and is marked late. Sending the current figures again changes nothing. Cumulative investment above totalInvestment is accepted and flagged. Roles: project-office, admin; unit only for its own projects.";

    public static final String PUT_EXAMPLE = "{\"completedInvestment\":3200,\"physicalProgress\":\"主体结构施工至六层\",\"issues\":\"施工用电容量不足\"}";

    public static final String LIST = "Each month's current revision, oldest month first, with the running cumulative investment. asOf (a date, Asia/Shanghai) returns what was known at the end of that day.";

    public static final String REVISIONS = "Oldest first, with who recorded each, when, whether late, and why.";

    private MonthlyReportDocs() {
    }
}
