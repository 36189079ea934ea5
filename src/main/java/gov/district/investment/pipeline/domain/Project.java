package gov.district.investment.pipeline.domain;

import java.math.BigDecimal;
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

import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.paging.ListTotals;

/**
 * A project in the registry (项目库). Owns its stage machine: the stage changes only through
 * {@link #transitionTo}, which also keeps the actual dates in step.
 */
@Entity
@ListTotals("project")
@Audited
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 20, updatable = false)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;

    @Column(name = "industry_code", nullable = false, length = 32)
    public String industryCode;

    @Column(name = "area_code", nullable = false, length = 32)
    public String areaCode;

    @Column(name = "owner_unit_code", nullable = false, length = 32)
    public String ownerUnitCode;

    @Column(name = "owner_name", length = 200)
    public String ownerName;

    @Column(name = "owner_credit_code", length = 18, columnDefinition = "char(18)")
    public String ownerCreditCode;

    @Column(name = "national_project_code", length = 64)
    public String nationalProjectCode;

    @Column(name = "stats_registered", nullable = false)
    public boolean statsRegistered;

    @Column(name = "total_investment", nullable = false, precision = 16, scale = 2)
    public BigDecimal totalInvestment;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_level", nullable = false, length = 16)
    public ProjectLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStage stage;

    /** The stage a SUSPENDED project left, the only one it may resume to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from", length = 16)
    private ProjectStage suspendedFrom;

    /** Effective date of the latest transition; the next one may not be earlier. */
    @Column(name = "last_transition_date")
    private LocalDate lastTransitionDate;

    @Column(name = "planned_start_date")
    public LocalDate plannedStartDate;

    @Column(name = "planned_completion_date")
    public LocalDate plannedCompletionDate;

    @Column(name = "actual_start_date")
    private LocalDate actualStartDate;

    @Column(name = "actual_completion_date")
    private LocalDate actualCompletionDate;

    @Column(name = "operation_date")
    private LocalDate operationDate;

    /** The investment lead this project was converted from; set once, by the conversion. */
    @Column(name = "lead_id", updatable = false)
    public Long leadId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Project() {
    }

    /** A new project starts in PLANNING; creation is not a transition. */
    public static Project register(String code, Instant now) {
        Project project = new Project();
        project.code = code;
        project.stage = ProjectStage.PLANNING;
        project.level = ProjectLevel.NONE;
        project.createdAt = now;
        project.updatedAt = now;
        return project;
    }

    public Set<ProjectStage> allowedTargets() {
        return stage.allowedTargets(suspendedFrom);
    }

    /**
     * Moves the project to {@code target}: 409 when the stage machine forbids it, 422 when the
     * date or reason is wrong. Effective dates may lie in the past (registration after the fact)
     * but not in the future nor before the previous transition.
     */
    public ProjectTransition transitionTo(ProjectStage target, LocalDate effectiveDate, String reason,
            LocalDate today, String actor, Instant now) {
        Set<ProjectStage> allowed = allowedTargets();
        if (!allowed.contains(target)) {
            throw new IllegalTransition(
                    "A project in " + stage + " cannot move to " + target
                            + (allowed.isEmpty() ? " (" + stage + " is terminal)" : "; allowed: " + allowed))
                    .with("currentStage", stage)
                    .with("allowedTargets", allowed);
        }
        List<FieldError> errors = new ArrayList<>();
        if (effectiveDate.isAfter(today)) {
            errors.add(new FieldError("effectiveDate", "must not be in the future (today is " + today + ")"));
        }
        if (lastTransitionDate != null && effectiveDate.isBefore(lastTransitionDate)) {
            errors.add(
                    new FieldError("effectiveDate", "must not be before the previous transition's date " + lastTransitionDate));
        }
        if (target.requiresReason() && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "is required when moving to " + target));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }

        ProjectTransition transition = new ProjectTransition();
        transition.projectId = id;
        transition.fromStage = stage;
        transition.toStage = target;
        transition.effectiveDate = effectiveDate;
        transition.reason = reason == null || reason.isBlank() ? null : reason.trim();
        transition.actor = actor;
        transition.recordedAt = now;

        suspendedFrom = target == ProjectStage.SUSPENDED ? stage : null;
        switch (target) {
            // Resuming after a suspension keeps the original start date (开工 happens once).
            case CONSTRUCTION -> actualStartDate = actualStartDate == null ? effectiveDate : actualStartDate;
            case COMPLETED -> actualCompletionDate = effectiveDate;
            case OPERATING -> operationDate = effectiveDate;
            default -> {
            }
        }
        stage = target;
        lastTransitionDate = effectiveDate;
        updatedAt = now;
        return transition;
    }

    /**
     * Only a project still in PLANNING may be deleted; later ones are cancelled instead. A project
     * converted from a lead is never deleted: the CONVERTED lead would point at nothing.
     */
    public void ensureDeletable() {
        if (stage != ProjectStage.PLANNING) {
            throw new Conflict(
                    "Only projects in PLANNING can be deleted; this one is " + stage + ". Cancel it instead.")
                    .with("currentStage", stage);
        }
        if (leadId != null) {
            throw new Conflict(
                    "This project was converted from lead " + leadId + ", which keeps pointing at it. Cancel it instead.")
                    .with("leadId", leadId);
        }
    }

    public ProjectStage stage() {
        return stage;
    }

    public ProjectStage suspendedFrom() {
        return suspendedFrom;
    }

    public LocalDate lastTransitionDate() {
        return lastTransitionDate;
    }

    public LocalDate actualStartDate() {
        return actualStartDate;
    }

    public LocalDate actualCompletionDate() {
        return actualCompletionDate;
    }

    public LocalDate operationDate() {
        return operationDate;
    }
}
