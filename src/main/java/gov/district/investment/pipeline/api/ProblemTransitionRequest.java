package gov.district.investment.pipeline.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.ProblemStatus;

@Schema(name = "ProblemTransitionRequest", description = "Move a problem through its status machine.")
public record ProblemTransitionRequest(
        @NotNull @Schema(example = "RESOLVED", required = true) ProblemStatus toStatus,
        @Size(max = 1000) @Schema(example = "项目单位已撤回诉求", description = "Required for CLOSED") String reason,
        @Size(max = 2000) @Schema(example = "征拆协议已全部签订，二期桩基恢复施工", description = "Required for RESOLVED, refused otherwise") String resolution) {
}
