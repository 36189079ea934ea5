package gov.district.investment.leaders.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionInput", description = "A follow-up decision (督办事项) of a dispatch meeting.")
public record DecisionInput(
        @NotBlank @Size(max = 2000) @Schema(example = "国土分局12月15日前完成二期用地征拆协议签订", required = true) String text,
        @Schema(example = "1024", description = "The project it concerns; defaults to the problem's project") Long projectId,
        @Schema(example = "301", description = "A problem it takes up: OPEN moves to IN_PROGRESS; RESOLVED or CLOSED is 409") Long problemId,
        @NotBlank @Size(max = 32) @Schema(example = "GTFJ", required = true, description = "责任单位, code from /api/v1/reference/units") String responsibleUnitCode,
        @NotNull @Schema(example = "2026-12-15", required = true, description = "Not in the past") LocalDate dueDate) {
}
