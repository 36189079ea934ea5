package gov.district.investment.pipeline.api;

/**
 * The OpenAPI prose and examples of StatsResource, kept beside the API records so the resource shows the
 * contract's shape at a glance; the strings are the contract's own (openapi/ is generated from them).
 */
public final class StatsDocs {

    public static final String PIPELINE = "Counts by stage, 新开工 and 续建, projects ≥ 1亿 and ≥ 1000万 in construction, 竣工未投产, and investment planned vs completed vs 均衡进度 vs the year's target; overall and per industry, area, unit and level. asOf (default today) gives the figures as known at the end of that day.";

    public static final String UNITS = "Units by completion rate of their projects' planned investment, best first; units with nothing planned last. asOf as for the indicators.";

    private StatsDocs() {
    }
}
