package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Planned and completed investment against 均衡进度, for contexts that show figures of many
 * projects; the arithmetic stays in the pipeline. Implemented by InvestmentService.
 */
public interface InvestmentFigures {

    /** 完成投资 to date: every month reported, whatever the year. */
    BigDecimal completedToDate(long projectId);

    /**
     * Each project's year, by id.
     *
     * @param year defaults to the as-of date's year
     * @param asOf null for today's figures; otherwise as known at the end of that day
     */
    Map<Long, InvestmentSummary> summariesOf(Collection<Long> projectIds, Integer year, LocalDate asOf);

    /**
     * Summed figures of several projects (a leader's lead projects) against 均衡进度 on {@code day};
     * the summary carries no project id.
     */
    InvestmentSummary total(int year, LocalDate day, BigDecimal planned, BigDecimal completed);
}
