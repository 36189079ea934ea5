package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The district's indicators for a year, as known at the end of asOf. Amounts 万元, rates fractions. */
@Schema(name = "PipelineStats")
public record PipelineStats(
        @Schema(example = "2026") int year,
        @Schema(example = "2026-11-27") LocalDate asOf,
        Figures total,
        @Schema(description = "The same figures per industry, area, responsible unit and level") Map<String, List<Group>> breakdowns) {

    @Schema(name = "PipelineFigures")
    public record Figures(
            @Schema(description = "Projects per stage") Map<ProjectStage, Long> byStage,
            @Schema(example = "38", description = "新开工: entered CONSTRUCTION this year") long newStarts,
            @Schema(example = "61", description = "续建: in CONSTRUCTION, started before this year") long continuing,
            @Schema(example = "22", description = "In CONSTRUCTION with totalInvestment ≥ 1亿 (10000 万元)") long underConstructionOver100M,
            @Schema(example = "70", description = "In CONSTRUCTION with totalInvestment ≥ 1000万") long underConstructionOver10M,
            @Schema(example = "5", description = "竣工未投产: COMPLETED, not yet OPERATING") long completedNotOperating,
            @Schema(example = "1350000.00") BigDecimal plannedInvestment,
            @Schema(example = "1012000.00") BigDecimal completedInvestment,
            @Schema(example = "0.7496", description = "completed / planned; null with nothing planned") BigDecimal completionRate,
            @Schema(example = "0.8333", description = "均衡进度") BigDecimal expectedRate,
            InvestmentStatus status,
            @Schema(example = "1500000.00", description = "The year's target, when set") BigDecimal targetInvestment,
            @Schema(example = "0.6747", description = "completed / target; null without a target") BigDecimal targetRate) {
    }

    @Schema(name = "PipelineGroup")
    public record Group(@Schema(example = "GLASS") String code, Figures figures) {
    }
}
