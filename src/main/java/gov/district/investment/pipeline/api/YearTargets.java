package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.Instant;

/** The district's year targets as the leads funnel compares with them; implemented by YearTargetService. */
public interface YearTargets {

    /** The year's signed-lead investment target (万元) as it stood just before {@code until}; null when none was set. */
    BigDecimal signedLeadInvestmentAsOf(int year, Instant until);
}
