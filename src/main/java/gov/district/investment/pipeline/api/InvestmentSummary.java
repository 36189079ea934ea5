package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvestmentSummary", description = "A project's year: planned vs completed investment vs 均衡进度. Amounts in 万元, rates as fractions.")
public record InvestmentSummary(
        @Schema(example = "1024") Long projectId,
        @Schema(example = "2026") int year,
        @Schema(example = "2026-11-27") LocalDate asOf,
        @Schema(example = "45000.00", description = "年度计划投资; 0 without a plan for the year") BigDecimal plannedInvestment,
        @Schema(example = "33600.00", description = "The year's monthly reports up to asOf, as known then") BigDecimal completedInvestment,
        @Schema(example = "0.7467", description = "completed / planned; null when nothing is planned") BigDecimal completionRate,
        @Schema(example = "0.8333", description = "均衡进度: the elapsed share of the year") BigDecimal expectedRate,
        @Schema(example = "3898.50", description = "planned × expectedRate − completed: positive means behind") BigDecimal gap,
        InvestmentStatus status) {
}
