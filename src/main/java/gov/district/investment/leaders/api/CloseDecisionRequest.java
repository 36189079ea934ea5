package gov.district.investment.leaders.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseDecisionRequest", description = "Closes a decision as done (办结).")
public record CloseDecisionRequest(
        @Size(max = 2000) @Schema(example = "征拆协议已全部签订，二期桩基恢复施工") String note) {
}
