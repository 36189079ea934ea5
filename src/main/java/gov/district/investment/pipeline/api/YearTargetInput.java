package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearTargetInput", description = "A year's targets; PUT replaces them whole, every figure optional.")
public record YearTargetInput(
        @Min(0) @Max(100_000) @Schema(example = "40", description = "新开工 projects") Integer newStarts,
        @Min(0) @Max(100_000) @Schema(example = "25", description = "竣工 projects") Integer completions,
        @Min(0) @Max(100_000) @Schema(example = "15", description = "投产 projects") Integer operations,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "1500000", description = "Planned investment, 万元") BigDecimal plannedInvestment,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "800000", description = "Signed investment of the lead pool, 万元") BigDecimal signedLeadInvestment) {

    /** Amounts at the column's scale so that equal values compare equal. Call after validation. */
    public YearTargetInput normalized() {
        return new YearTargetInput(newStarts, completions, operations, scale(plannedInvestment), scale(signedLeadInvestment));
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
