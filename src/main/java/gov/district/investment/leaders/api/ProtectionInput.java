package gov.district.investment.leaders.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProtectionInput", description = "A project's protected listing (挂牌保护), written whole.")
public record ProtectionInput(
        @NotNull @Schema(example = "2026-03-01", required = true) LocalDate since,
        @Schema(example = "2027-12-31", description = "Last listed day; open-ended when absent") LocalDate until,
        @NotBlank @Size(max = 32) @Schema(example = "FGJ", required = true, description = "联系单位: the unit the company turns to, code from /api/v1/reference/units") String contactUnitCode,
        @Size(max = 2000) @Schema(example = "重点保护：未经区领导批准，任何部门不得入企检查") String note) {
}
