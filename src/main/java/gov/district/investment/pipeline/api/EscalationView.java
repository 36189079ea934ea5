package gov.district.investment.pipeline.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.district.investment.pipeline.domain.ProblemEscalation;

@Schema(name = "Escalation", description = "One step up the escalation ladder (分级调度), manual or by rule.")
public record EscalationView(
        @Schema(example = "77") Long id,
        @Schema(example = "301") Long problemId,
        EscalationLevel fromLevel,
        EscalationLevel toLevel,
        @Schema(example = "逾期未解决，按规则提级调度") String reason,
        @Schema(description = "True when the escalation job raised it because the deadline had passed") boolean automatic,
        @Schema(example = "system:escalation-job", description = "Who escalated: the caller, or the job's system identity") String actor,
        @Schema(example = "2026-12-16T00:05:00Z") Instant at,
        @Schema(example = "2026-12-15", description = "The deadline before this escalation") LocalDate previousDueDate,
        @Schema(example = "2026-12-23", description = "The deadline the new level got") LocalDate newDueDate) {

    public static EscalationView of(ProblemEscalation e) {
        return new EscalationView(e.id, e.problemId, e.fromLevel, e.toLevel, e.reason, e.automatic, e.actor,
                e.escalatedAt, e.previousDueDate, e.newDueDate);
    }
}
