package gov.district.investment.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.district.investment.pipeline.domain.Problem;
import gov.district.investment.pipeline.domain.ProblemCategory;
import gov.district.investment.pipeline.domain.ProblemStatus;

@Schema(name = "Problem", description = "A difficulty holding a project up (困难和问题), with its owner, deadline, status and escalation level.")
public record ProblemView(
        @Schema(example = "301") Long id,
        @Schema(example = "1024") Long projectId,
        @Schema(example = "二期用地征拆协议未签订") String title,
        String description,
        ProblemCategory category,
        @Schema(example = "DGZ") String responsibleUnitCode,
        @Schema(example = "2026-12-15", description = "The current deadline; each escalation sets a new one") LocalDate dueDate,
        @Schema(readOnly = true, description = "Changed only through POST .../transitions") ProblemStatus status,
        @Schema(readOnly = true, description = "Changed only through escalations, manual or by rule") EscalationLevel escalationLevel,
        @Schema(readOnly = true, description = "Open (OPEN or IN_PROGRESS) and past dueDate, as of today (Asia/Shanghai). Absent in history snapshots.") Boolean overdue,
        @Schema(readOnly = true, description = "Statuses the problem may move to now") Set<ProblemStatus> allowedTargets,
        @Schema(readOnly = true, example = "征拆协议已全部签订", description = "How it was resolved (RESOLVED only)") String resolution,
        @Schema(readOnly = true, description = "Reason given with the latest status move") String statusReason,
        @Schema(readOnly = true, description = "When it became RESOLVED or CLOSED") Instant closedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(readOnly = true, description = "Escalation history, oldest first; on GET /api/v1/problems/{id} only") List<EscalationView> escalations,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, example = "2", description = "Optimistic-lock version; also the ETag") long version) {

    /**
     * @param today the business day {@code overdue} is derived for; null leaves it out (history)
     * @param escalations the escalation history, or null where it is not shown (lists, history)
     */
    public static ProblemView of(Problem p, LocalDate today, List<EscalationView> escalations) {
        return new ProblemView(p.id, p.projectId, p.title, p.description, p.category, p.responsibleUnitCode, p.dueDate,
                p.status(), p.escalationLevel(), today == null ? null : p.isOverdue(today), p.status().allowedTargets(),
                p.resolution(), p.statusReason(), p.closedAt(), escalations, p.createdAt, p.updatedAt, p.version);
    }

    public ProblemInput input() {
        return new ProblemInput(title, description, category, responsibleUnitCode, dueDate);
    }
}
