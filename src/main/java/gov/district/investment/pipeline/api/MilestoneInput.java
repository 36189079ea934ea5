package gov.district.investment.pipeline.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.MilestoneType;

/** The writable fields of a milestone: the body of a create and the document a merge patch applies to. */
@Schema(name = "MilestoneInput", description = "Writable fields of a milestone (节点).")
public record MilestoneInput(
        @NotBlank @Size(max = 200) @Schema(example = "取得施工许可证", required = true) String name,
        @NotNull @Schema(example = "CONSTRUCTION_PERMIT", required = true) MilestoneType type,
        @NotNull @Schema(example = "2026-12-20", required = true, description = "When it is due (Asia/Shanghai business date)") LocalDate dueDate,
        @Schema(example = "2026-12-18", description = "When it was reached; not in the future. Set it to mark the milestone DONE") LocalDate doneDate,
        @Size(max = 32) @Schema(example = "ZJJ", description = "责任单位, code from /api/v1/reference/units; default the project's ownerUnitCode") String responsibleUnitCode,
        @Size(max = 2000) @Schema(example = "需规划局先行出具规划条件") String note) {

    public MilestoneInput withUnit(String defaultUnit) {
        return responsibleUnitCode != null ? this
                : new MilestoneInput(name, type, dueDate, doneDate, defaultUnit, note);
    }
}
