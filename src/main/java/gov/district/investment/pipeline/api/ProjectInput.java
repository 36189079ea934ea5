package gov.district.investment.pipeline.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.platform.validation.CreditCode;

/**
 * The writable fields of a project: the body of a create, and the document a merge patch is
 * applied to. Stage, dates of the stage machine, code and bookkeeping are not here: they are
 * the server's.
 */
@Schema(name = "ProjectInput", description = "Writable fields of a project.")
public record ProjectInput(
        @NotBlank @Size(max = 200) @Schema(example = "奥通360万吨钢材配送", required = true) String name,
        @Size(max = 2000) @Schema(example = "年配送钢材360万吨的物流中心，含仓储、剪切加工和铁路专用线") String description,
        @NotBlank @Size(max = 32) @Schema(example = "MODERN_LOGISTICS", required = true, description = "Code from /api/v1/reference/industries") String industryCode,
        @NotBlank @Size(max = 32) @Schema(example = "LINGANG_LOGISTICS", required = true, description = "Code from /api/v1/reference/areas") String areaCode,
        @NotBlank @Size(max = 32) @Schema(example = "WLYGW", required = true, description = "责任单位, code from /api/v1/reference/units") String ownerUnitCode,
        @Size(max = 200) @Schema(example = "秦皇岛奥通物流有限公司", description = "项目单位: the owner company") String ownerName,
        @CreditCode @Schema(example = "91130302MA07L6XQ48", description = "Owner's 18-character unified social credit code (check digit validated)") String ownerCreditCode,
        @Size(max = 64) @Pattern(regexp = "\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}", message = "must look like 2026-130302-59-03-000123") @Schema(example = "2026-130302-59-03-000123", description = "项目代码 given by the national approval platform; unique") String nationalProjectCode,
        @Schema(example = "true", description = "入统: in the statistics bureau's fixed-asset-investment database; default false") Boolean statsRegistered,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) @Schema(example = "120000", required = true, description = "总投资 in 万元 (10,000 CNY)") BigDecimal totalInvestment,
        @Schema(example = "MUNICIPAL", description = "Key-project level; default (and null in a patch) NONE") ProjectLevel level,
        @Schema(example = "2026-03-15") LocalDate plannedStartDate,
        @Schema(example = "2027-10-31") LocalDate plannedCompletionDate) {

    /** Fills what a create may leave out, and what a patch may clear. */
    public ProjectInput withDefaults() {
        return new ProjectInput(name, description, industryCode, areaCode, ownerUnitCode, ownerName, ownerCreditCode,
                nationalProjectCode, statsRegistered == null ? Boolean.FALSE : statsRegistered, totalInvestment,
                level == null ? ProjectLevel.NONE : level, plannedStartDate, plannedCompletionDate);
    }

    /** Amounts at the column's scale, so that equal values compare equal. Call after validation. */
    public ProjectInput normalized() {
        BigDecimal amount = totalInvestment == null ? null : totalInvestment.setScale(2, RoundingMode.UNNECESSARY);
        return new ProjectInput(name, description, industryCode, areaCode, ownerUnitCode, ownerName, ownerCreditCode,
                nationalProjectCode, statsRegistered, amount, level, plannedStartDate, plannedCompletionDate);
    }
}
