package gov.district.investment.leads.api;

/**
 * The OpenAPI prose and examples of LeadStatsResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class LeadStatsDocs {

    public static final String FUNNEL = "The year's cohort is the leads created in that year (Asia/Shanghai). Per stage: count and intended/contract investment of the cohort's leads in it at the end of asOf (as they stood in the audit trail), how many ever reached it, the conversion rate to the next stage (reached next / reached this), and the median days spent in it (from lead transitions effective by asOf); signed investment (contracts signed in the year up to asOf) against the year's signedLeadInvestment target. Broken down by channel, industry, chain role and unit. A unit sees only the leads it holds.";

    private LeadStatsDocs() {
    }
}
