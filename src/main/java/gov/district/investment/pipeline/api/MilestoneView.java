package gov.district.investment.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.Milestone;
import gov.district.investment.pipeline.domain.MilestoneStatus;
import gov.district.investment.pipeline.domain.MilestoneType;

@Schema(name = "Milestone", description = "A dated milestone (节点) of a project.")
public record MilestoneView(
        @Schema(example = "501") Long id,
        @Schema(example = "1024") Long projectId,
        @Schema(example = "取得施工许可证") String name,
        MilestoneType type,
        @Schema(example = "2026-12-20") LocalDate dueDate,
        @Schema(example = "2026-12-18") LocalDate doneDate,
        @Schema(example = "ZJJ") String responsibleUnitCode,
        String note,
        @Schema(readOnly = true, description = "Derived from doneDate, dueDate and today (Asia/Shanghai): DONE once doneDate is set, OVERDUE after dueDate, else PENDING. Absent in history snapshots.") MilestoneStatus status,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; also the ETag") long version) {

    /** @param today the business day the status is derived for; null leaves it out (history snapshots) */
    public static MilestoneView of(Milestone m, LocalDate today) {
        return new MilestoneView(m.id, m.projectId, m.name(), m.type(), m.dueDate(), m.doneDate(),
                m.responsibleUnitCode(), m.note(), today == null ? null : m.status(today), m.createdAt, m.updatedAt,
                m.version);
    }

    public MilestoneInput input() {
        return new MilestoneInput(name, type, dueDate, doneDate, responsibleUnitCode, note);
    }
}
