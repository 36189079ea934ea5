package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.YearTarget;

@Schema(name = "YearTarget", description = "The district's targets for a year (年度目标).")
public record YearTargetView(
        @Schema(example = "2026") int year,
        @Schema(example = "40") Integer newStarts,
        @Schema(example = "25") Integer completions,
        @Schema(example = "15") Integer operations,
        @Schema(example = "1500000.00", description = "万元") BigDecimal plannedInvestment,
        @Schema(example = "800000.00", description = "万元") BigDecimal signedLeadInvestment,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0") long version) {

    public static YearTargetView of(YearTarget t) {
        return new YearTargetView(t.year, t.newStarts, t.completions, t.operations, t.plannedInvestment,
                t.signedLeadInvestment, t.createdAt, t.updatedAt, t.version);
    }

    public YearTargetInput input() {
        return new YearTargetInput(newStarts, completions, operations, plannedInvestment, signedLeadInvestment);
    }
}
