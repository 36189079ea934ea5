package gov.district.investment.pipeline.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransitionRequest", description = "Move a project through the stage machine.")
public record TransitionRequest(
        @NotNull @Schema(example = "CONSTRUCTION", required = true) ProjectStage toStage,
        @Schema(example = "2026-04-18", description = "When it happened (Asia/Shanghai); default today. Not in the future, not before the previous transition.") LocalDate effectiveDate,
        @Size(max = 1000) @Schema(example = "施工许可证已取得，主体工程开工", description = "Required for SUSPENDED and CANCELLED") String reason) {
}
