package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Responsible units ranked by completion rate (best first; units without a plan last). */
@Schema(name = "UnitRanking")
public record UnitRanking(@Schema(example = "2026") int year, @Schema(example = "2026-11-27") LocalDate asOf,
        List<Entry> items) {

    @Schema(name = "UnitRank")
    public record Entry(@Schema(example = "1") int rank, @Schema(example = "GCJ") String unitCode,
            @Schema(example = "210000.00") BigDecimal plannedInvestment,
            @Schema(example = "182000.00") BigDecimal completedInvestment,
            @Schema(example = "0.8667") BigDecimal completionRate,
            @Schema(example = "0.8333") BigDecimal expectedRate,
            InvestmentStatus status) {
    }
}
