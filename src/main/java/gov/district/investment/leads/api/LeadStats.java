package gov.district.investment.leads.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.LeadStage;

@Schema(name = "LeadStats", description = "The lead funnel of one year's cohort (leads created that year, Asia/Shanghai) as it stood at the end of asOf. Amounts in 万元, rates as fractions.")
public record LeadStats(
        @Schema(example = "2026") int year,
        @Schema(example = "2026-11-27") LocalDate asOf,
        Figures total,
        @Schema(example = "500000.00", description = "The year's signedLeadInvestment target as it stood at asOf; null when none is set") BigDecimal signedTarget,
        @Schema(example = "0.6420", description = "total.signedInvestment / signedTarget; null without a target") BigDecimal signedRate,
        @Schema(description = "Keys channel, industry, chainRole, unit; each a list of groups by code (a lead without a chain role is under UNSPECIFIED)") Map<String, List<Group>> breakdowns) {

    @Schema(name = "LeadStatsGroup")
    public record Group(@Schema(example = "BUSINESS_REFERRAL") String code, Figures figures) {
    }

    @Schema(name = "LeadStatsFigures")
    public record Figures(
            @Schema(example = "42", description = "Leads of the cohort") long leads,
            @Schema(description = "Every stage, in the machine's order") List<Stage> stages,
            @Schema(example = "321000.00", description = "Sum of contractInvestment of leads signed (signedDate) in the year up to asOf, whatever year they were created in") BigDecimal signedInvestment) {
    }

    @Schema(name = "LeadStatsStage")
    public record Stage(
            LeadStage stage,
            @Schema(example = "12", description = "Cohort leads in this stage at asOf") long count,
            @Schema(example = "860000.00", description = "Their intendedInvestment, 万元") BigDecimal intendedInvestment,
            @Schema(example = "420000.00", description = "Their contractInvestment, 万元") BigDecimal contractInvestment,
            @Schema(example = "30", description = "Cohort leads that ever reached this stage (for the main path: this stage or a later one; for DROPPED: ever dropped)") long reached,
            @Schema(example = "0.4000", description = "reached of the next main-path stage / reached of this one; null for CONVERTED, DROPPED or when nothing reached this stage") BigDecimal conversionRate,
            @Schema(example = "21.5", description = "Median days spent in this stage over the stays that ended by asOf (from the stage's entry — creation for CLUE — to the effective date of the transition out); null when none ended") BigDecimal medianDays) {
    }
}
