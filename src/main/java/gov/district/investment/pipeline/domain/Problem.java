package gov.district.investment.pipeline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.paging.ListTotals;

/**
 * A difficulty holding a project up (困难和问题): an owner (responsible unit), a deadline, a status
 * that moves only through {@link #transitionTo} and an escalation level that only climbs, through
 * {@link #escalate}.
 */
@Entity
@ListTotals("problem")
@Audited
@Table(name = "problem")
public class Problem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 4000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProblemCategory category;

    @Column(name = "responsible_unit_code", nullable = false, length = 32)
    public String responsibleUnitCode;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProblemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level", nullable = false, length = 16)
    private EscalationLevel escalationLevel;

    @Column(length = 2000)
    private String resolution;

    /** The reason given with the latest status move (required for CLOSED). */
    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    /** When it became RESOLVED or CLOSED. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Problem() {
    }

    /** A new problem is OPEN at the UNIT level: the responsible unit tries first. */
    public static Problem raise(long projectId, Instant now) {
        Problem problem = new Problem();
        problem.projectId = projectId;
        problem.status = ProblemStatus.OPEN;
        problem.escalationLevel = EscalationLevel.UNIT;
        problem.createdAt = now;
        problem.updatedAt = now;
        return problem;
    }

    /** Past its deadline and still being worked on. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    /**
     * 409 (with the allowed targets) when the status machine forbids the move; 422 when RESOLVED
     * lacks a resolution, CLOSED lacks a reason, or a resolution comes with anything but RESOLVED.
     */
    public void transitionTo(ProblemStatus target, String reason, String resolution, Instant now) {
        Set<ProblemStatus> allowed = status.allowedTargets();
        if (!allowed.contains(target)) {
            throw new IllegalTransition(
                    "A problem in " + status + " cannot move to " + target
                            + (allowed.isEmpty() ? " (" + status + " is terminal)" : "; allowed: " + allowed))
                    .with("currentStatus", status)
                    .with("allowedTargets", allowed);
        }
        List<FieldError> errors = new ArrayList<>();
        if (target == ProblemStatus.RESOLVED && blank(resolution)) {
            errors.add(new FieldError("resolution", "is required when moving to RESOLVED"));
        }
        if (target != ProblemStatus.RESOLVED && !blank(resolution)) {
            errors.add(new FieldError("resolution", "is only recorded when moving to RESOLVED"));
        }
        if (target == ProblemStatus.CLOSED && blank(reason)) {
            errors.add(new FieldError("reason", "is required when moving to CLOSED"));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        status = target;
        statusReason = blank(reason) ? null : reason.trim();
        if (target == ProblemStatus.RESOLVED) {
            this.resolution = resolution.trim();
        }
        if (!target.isOpen()) {
            closedAt = now;
        }
        updatedAt = now;
    }

    /**
     * Raises the problem one level with a fresh deadline for that level. 409 when it is no longer
     * open or already at the top.
     */
    public ProblemEscalation escalate(String reason, boolean automatic, String actor, LocalDate newDueDate, Instant now) {
        if (!status.isOpen()) {
            throw new Conflict("A " + status + " problem is not escalated")
                    .with("currentStatus", status);
        }
        EscalationLevel next = escalationLevel.next();
        if (next == null) {
            throw new Conflict("The problem is already at " + escalationLevel + ", the highest level")
                    .with("escalationLevel", escalationLevel);
        }
        ProblemEscalation escalation = new ProblemEscalation();
        escalation.problemId = id;
        escalation.fromLevel = escalationLevel;
        escalation.toLevel = next;
        escalation.reason = reason.trim();
        escalation.automatic = automatic;
        escalation.actor = actor;
        escalation.escalatedAt = now;
        escalation.previousDueDate = dueDate;
        escalation.newDueDate = newDueDate;
        escalationLevel = next;
        dueDate = newDueDate;
        updatedAt = now;
        return escalation;
    }

    public ProblemStatus status() {
        return status;
    }

    public EscalationLevel escalationLevel() {
        return escalationLevel;
    }

    public String resolution() {
        return resolution;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
