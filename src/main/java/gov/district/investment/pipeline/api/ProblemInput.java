package gov.district.investment.pipeline.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.ProblemCategory;

/** The writable fields of a problem: the body of a create and the document a merge patch applies to. */
@Schema(name = "ProblemInput", description = "Writable fields of a problem (困难和问题). Status and escalation level change only through transitions and escalations.")
public record ProblemInput(
        @NotBlank @Size(max = 200) @Schema(example = "二期用地征拆协议未签订", required = true) String title,
        @Size(max = 4000) @Schema(example = "涉及12户居民，补偿标准未达成一致，影响二期桩基施工") String description,
        @NotNull @Schema(example = "DEMOLITION", required = true) ProblemCategory category,
        @NotBlank @Size(max = 32) @Schema(example = "DGZ", required = true, description = "责任单位 that owns the problem, code from /api/v1/reference/units") String responsibleUnitCode,
        @NotNull @Schema(example = "2026-12-15", required = true, description = "Deadline (Asia/Shanghai); past it the problem escalates by rule") LocalDate dueDate) {
}
