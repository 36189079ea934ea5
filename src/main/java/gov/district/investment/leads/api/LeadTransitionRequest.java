package gov.district.investment.leads.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.LeadStage;

@Schema(name = "LeadTransitionRequest", description = "Move a lead through its stage machine.")
public record LeadTransitionRequest(
        @NotNull @Schema(example = "SIGNED", required = true) LeadStage toStage,
        @Schema(example = "2026-10-18", description = "When it happened (Asia/Shanghai); default today. Not in the future, not before the previous transition.") LocalDate effectiveDate,
        @Size(max = 1000) @Schema(example = "客商投资方向调整", description = "Required for DROPPED") String reason,
        @Schema(example = "2026-10-18", description = "签约日期; required when moving to SIGNED, not in the future (it may precede effectiveDate: signings are often recorded later)") LocalDate signedDate,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) @Schema(example = "150000", description = "合同投资额, 万元; required when moving to SIGNED") BigDecimal contractInvestment) {

    public BigDecimal contractAmount() {
        return contractInvestment == null ? null : contractInvestment.setScale(2, RoundingMode.UNNECESSARY);
    }
}
