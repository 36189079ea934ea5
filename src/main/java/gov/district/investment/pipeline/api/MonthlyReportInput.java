package gov.district.investment.pipeline.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MonthlyReportInput", description = "A month's report; PUT records a new revision of it.")
public record MonthlyReportInput(
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) @Schema(example = "3200", required = true, description = "That month's completed investment, 万元") BigDecimal completedInvestment,
        @Size(max = 2000) @Schema(example = "主体结构施工至六层，钢结构厂房完成吊装") String physicalProgress,
        @Size(max = 2000) @Schema(example = "施工用电容量不足") String issues,
        @Size(max = 1000) @Schema(example = "统计口径调整，补报9月数据", description = "Required after the month's reporting deadline") String reason) {
}
