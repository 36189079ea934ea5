package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnualPlanInput", description = "A project's plan for one year; PUT replaces it whole.")
public record AnnualPlanInput(
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "45000", required = true, description = "年度计划投资 in 万元") BigDecimal plannedInvestment,
        @Size(max = 2000) @Schema(example = "完成主体结构封顶，钢材仓储库投入试运行") String goals,
        @Schema(example = "true", description = "On this year's key-project list; default false") Boolean keyProject) {

    /** Amount at the column's scale, so equal values compare equal. Call after validation. */
    public AnnualPlanInput normalized() {
        return new AnnualPlanInput(plannedInvestment.setScale(2, RoundingMode.UNNECESSARY), goals,
                keyProject != null && keyProject);
    }
}
