package gov.district.investment.leads.domain;

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

import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.paging.ListTotals;

/**
 * An investment lead (招商线索) in the pool. Owns its stage machine: the stage changes only through
 * {@link #transitionTo}, {@link #convertedInto} and nothing else, and keeps the signing data, the
 * stage a dropped lead left, and the follow-up dates in step.
 */
@Entity
@ListTotals("lead")
@Audited
@Table(name = "investment_lead")
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "investor_id", nullable = false)
    public Long investorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public LeadChannel channel;

    @Column(name = "industry_code", nullable = false, length = 32)
    public String industryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "chain_role", length = 16)
    public ChainRole chainRole;

    @Column(name = "intended_investment", precision = 16, scale = 2)
    public BigDecimal intendedInvestment;

    @Column(name = "foreign_capital_usd", precision = 16, scale = 2)
    public BigDecimal foreignCapitalUsd;

    @Column(name = "land_area_mu", precision = 12, scale = 2)
    public BigDecimal landAreaMu;

    @Column(name = "area_code", length = 32)
    public String areaCode;

    /** The unit that holds (works) the lead. */
    @Column(name = "owner_unit_code", nullable = false, length = 32)
    public String ownerUnitCode;

    /** 跟踪责任人. */
    @Column(name = "handler_name", length = 100)
    public String handlerName;

    @Column(name = "next_follow_up_date")
    public LocalDate nextFollowUpDate;

    @Column(name = "last_follow_up_date")
    private LocalDate lastFollowUpDate;

    @Column(length = 2000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LeadStage stage;

    /** The stage a DROPPED lead left, the only one it may reopen to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "dropped_from", length = 16)
    private LeadStage droppedFrom;

    @Column(name = "last_transition_date")
    private LocalDate lastTransitionDate;

    @Column(name = "signed_date")
    private LocalDate signedDate;

    /** 合同投资额, 万元: becomes the project's total investment. */
    @Column(name = "contract_investment", precision = 16, scale = 2)
    private BigDecimal contractInvestment;

    /** Created or reassigned although another unit held an open lead on the same investor (撞单 confirmed). */
    @Column(name = "duplicate_confirmed", nullable = false)
    public boolean duplicateConfirmed;

    @Column(name = "duplicate_of_lead_id")
    public Long duplicateOfLeadId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Lead() {
    }

    /** A new lead starts as a CLUE; creation is not a transition. */
    public static Lead open(Instant now) {
        Lead lead = new Lead();
        lead.stage = LeadStage.CLUE;
        lead.createdAt = now;
        lead.updatedAt = now;
        return lead;
    }

    public Set<LeadStage> allowedTargets() {
        return stage.allowedTargets(droppedFrom);
    }

    /**
     * Moves the lead: 409 when the machine forbids it, 422 when the date, the reason or (into
     * SIGNED) the signing date and contract investment are missing or wrong.
     */
    public LeadTransition transitionTo(LeadStage target, LocalDate effectiveDate, String reason, LocalDate signed,
            BigDecimal contract, LocalDate today, String actor, Instant now) {
        Set<LeadStage> allowed = allowedTargets();
        if (!allowed.contains(target)) {
            String hint = target == LeadStage.CONVERTED
                    ? "; a lead becomes a project through POST /api/v1/leads/" + id + "/convert"
                    : "";
            throw new IllegalTransition(
                    "A lead in " + stage + " cannot move to " + target
                            + (allowed.isEmpty() ? " (" + stage + " is terminal)" : "; allowed: " + allowed) + hint)
                    .with("currentStage", stage)
                    .with("allowedTargets", allowed);
        }
        List<FieldError> errors = new ArrayList<>();
        checkDate(effectiveDate, today, errors);
        if (target == LeadStage.DROPPED && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "is required when dropping a lead"));
        }
        if (target == LeadStage.SIGNED) {
            if (signed == null) {
                errors.add(new FieldError("signedDate", "is required when moving to SIGNED"));
            } else if (signed.isAfter(today)) {
                errors.add(new FieldError("signedDate", "must not be in the future (today is " + today + ")"));
            }
            if (contract == null) {
                errors.add(new FieldError("contractInvestment", "is required when moving to SIGNED"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        if (target == LeadStage.SIGNED) {
            signedDate = signed;
            contractInvestment = contract;
        }
        LeadTransition transition = record(target, effectiveDate, reason, actor, now);
        droppedFrom = target == LeadStage.DROPPED ? stage : null;
        stage = target;
        return transition;
    }

    /** Conversion into a project: only from SIGNED or LANDED, once (409 otherwise). */
    public void ensureConvertible() {
        if (stage == LeadStage.CONVERTED) {
            throw new Conflict("Lead " + id + " is already converted into project " + projectId)
                    .with("currentStage", stage)
                    .with("projectId", projectId);
        }
        if (!stage.isConvertible()) {
            throw new IllegalTransition(
                    "Only SIGNED or LANDED leads can be converted into a project; this one is " + stage)
                    .with("currentStage", stage)
                    .with("allowedTargets", allowedTargets());
        }
    }

    public LeadTransition convertedInto(long project, LocalDate today, String actor, Instant now) {
        ensureConvertible();
        LeadTransition transition = record(LeadStage.CONVERTED, today, null, actor, now);
        projectId = project;
        stage = LeadStage.CONVERTED;
        return transition;
    }

    /** A follow-up moves the dates only forward: an older one entered late changes nothing. */
    public void followedUp(LocalDate date, LocalDate next, Instant now) {
        if (!stage.isOpen()) {
            throw new Conflict("Follow-ups are recorded on open leads; this one is " + stage
                    + (stage == LeadStage.DROPPED ? " (reopen it first)" : ""))
                    .with("currentStage", stage);
        }
        if (lastFollowUpDate == null || !date.isBefore(lastFollowUpDate)) {
            lastFollowUpDate = date;
            nextFollowUpDate = next;
        }
        updatedAt = now;
    }

    /** Changing the lead's data: a converted lead is the record of a done deal. */
    public void ensureChangeable() {
        if (stage == LeadStage.CONVERTED) {
            throw new Conflict("Lead " + id + " is converted into project " + projectId + " and can no longer change")
                    .with("currentStage", stage)
                    .with("projectId", projectId);
        }
    }

    private void checkDate(LocalDate effectiveDate, LocalDate today, List<FieldError> errors) {
        if (effectiveDate.isAfter(today)) {
            errors.add(new FieldError("effectiveDate", "must not be in the future (today is " + today + ")"));
        }
        if (lastTransitionDate != null && effectiveDate.isBefore(lastTransitionDate)) {
            errors.add(
                    new FieldError("effectiveDate", "must not be before the previous transition's date " + lastTransitionDate));
        }
    }

    private LeadTransition record(LeadStage target, LocalDate effectiveDate, String reason, String actor, Instant now) {
        LeadTransition transition = new LeadTransition();
        transition.leadId = id;
        transition.fromStage = stage;
        transition.toStage = target;
        transition.effectiveDate = effectiveDate;
        transition.reason = reason == null || reason.isBlank() ? null : reason.trim();
        transition.actor = actor;
        transition.recordedAt = now;
        lastTransitionDate = effectiveDate;
        updatedAt = now;
        return transition;
    }

    public LeadStage stage() {
        return stage;
    }

    public LeadStage droppedFrom() {
        return droppedFrom;
    }

    public LocalDate lastFollowUpDate() {
        return lastFollowUpDate;
    }

    public LocalDate signedDate() {
        return signedDate;
    }

    public BigDecimal contractInvestment() {
        return contractInvestment;
    }

    public Long projectId() {
        return projectId;
    }

    /**
     * Open and the last follow-up (or, never followed up, the creation) is {@code days} or more days
     * before {@code today}; the list's {@code stale} filter says the same in SQL.
     */
    public boolean isStale(LocalDate today, int days, LocalDate createdOn) {
        LocalDate last = lastFollowUpDate != null ? lastFollowUpDate : createdOn;
        return stage.isOpen() && !last.isAfter(today.minusDays(days));
    }
}
