package gov.district.investment.leaders.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InspectionInput", description = "An inspection of a protected project, registered (检查备案).")
public record InspectionInput(
        @NotNull @Schema(example = "2026-11-20", required = true, description = "Within the listing, not in the future") LocalDate date,
        @NotBlank @Size(max = 200) @Schema(example = "区市场监督管理局", required = true) String agency,
        @NotBlank @Size(max = 1000) @Schema(example = "特种设备安全检查", required = true) String purpose,
        @NotBlank @Size(max = 100) @Schema(example = "王建国（常务副区长）", required = true, description = "Who approved the inspection") String approvedBy) {
}
