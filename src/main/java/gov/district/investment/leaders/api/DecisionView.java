package gov.district.investment.leaders.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.leaders.domain.Decision;
import gov.district.investment.leaders.domain.DecisionStatus;

@Schema(name = "Decision", description = "A follow-up decision (督办事项), followed until closed.")
public record DecisionView(
        @Schema(example = "88") Long id,
        @Schema(example = "12") Long meetingId,
        @Schema(example = "国土分局12月15日前完成二期用地征拆协议签订") String text,
        @Schema(example = "1024") Long projectId,
        @Schema(example = "301") Long problemId,
        @Schema(example = "GTFJ") String responsibleUnitCode,
        @Schema(example = "2026-12-15") LocalDate dueDate,
        @Schema(readOnly = true, description = "DONE once closed; OVERDUE while open after dueDate (today, Asia/Shanghai); else OPEN. Absent in history snapshots.") DecisionStatus status,
        @Schema(readOnly = true) String closeNote,
        @Schema(readOnly = true) Instant closedAt,
        @Schema(readOnly = true) String closedBy,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "0", description = "Optimistic-lock version; also the ETag") long version) {

    /** @param today the business day the status is derived for; null leaves it out (history) */
    public static DecisionView of(Decision d, LocalDate today) {
        return new DecisionView(d.id, d.meetingId, d.text, d.projectId, d.problemId, d.responsibleUnitCode, d.dueDate,
                today == null ? null : d.status(today), d.closeNote(), d.closedAt(), d.closedBy(), d.createdAt,
                d.updatedAt, d.version);
    }
}
