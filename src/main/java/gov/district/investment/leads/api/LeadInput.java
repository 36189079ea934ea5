package gov.district.investment.leads.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leads.domain.ChainRole;
import gov.district.investment.leads.domain.LeadChannel;

/**
 * The writable fields of a lead: the body of a create and the document a merge patch applies to.
 * Stage, signing data, follow-up dates and the project are the server's.
 */
@Schema(name = "LeadInput", description = "Writable fields of an investment lead (招商线索).")
public record LeadInput(
        @NotBlank @Size(max = 200) @Schema(example = "义乌小商品城北方分市场", required = true) String title,
        @NotNull @Positive @Schema(example = "12", required = true, description = "The investor, from /api/v1/investors") Long investorId,
        @NotNull @Schema(example = "BUSINESS_REFERRAL", required = true, description = "招商方式") LeadChannel channel,
        @NotBlank @Size(max = 32) @Schema(example = "TRADE_LOGISTICS", required = true, description = "Code from /api/v1/reference/industries") String industryCode,
        @Schema(example = "CHAIN_FILLING", description = "产业链定位") ChainRole chainRole,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) @Schema(example = "150000", description = "意向投资额, 万元") BigDecimal intendedInvestment,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) @Schema(example = "2000", description = "利用外资, 万美元 (optional)") BigDecimal foreignCapitalUsd,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) @Schema(example = "320", description = "用地面积, 亩") BigDecimal landAreaMu,
        @Size(max = 32) @Schema(example = "LINGANG_LOGISTICS", description = "Intended site, code from /api/v1/reference/areas") String areaCode,
        @NotBlank @Size(max = 32) @Schema(example = "ZSJ", description = "The unit holding the lead, code from /api/v1/reference/units; a unit caller's own by default") String ownerUnitCode,
        @Size(max = 100) @Schema(example = "刘海涛", description = "跟踪责任人") String handlerName,
        @Schema(example = "2026-12-05", description = "When the next follow-up is due") LocalDate nextFollowUpDate,
        @Size(max = 2000) @Schema(example = "客商经义乌商会引荐，有意在临港物流园建设北方分市场") String note) {

    /** Trims text and, for a unit caller that leaves it out, takes its own unit. */
    public LeadInput withDefaults(String callerUnit) {
        return new LeadInput(trim(title), investorId, channel, trim(industryCode), chainRole, intendedInvestment,
                foreignCapitalUsd, landAreaMu, trim(areaCode), trim(ownerUnitCode) == null ? callerUnit : trim(ownerUnitCode),
                trim(handlerName), nextFollowUpDate, trim(note));
    }

    /** Amounts at the columns' scale, so that equal values compare equal. Call after validation. */
    public LeadInput normalized() {
        return new LeadInput(title, investorId, channel, industryCode, chainRole, scale(intendedInvestment),
                scale(foreignCapitalUsd), scale(landAreaMu), areaCode, ownerUnitCode, handlerName, nextFollowUpDate, note);
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
