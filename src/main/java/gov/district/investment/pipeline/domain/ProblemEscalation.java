package gov.district.investment.pipeline.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import gov.district.investment.pipeline.api.EscalationLevel;

/** One step up the escalation ladder, manual or by rule; rows are only ever inserted. */
@Entity
@Table(name = "problem_escalation")
public class ProblemEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "problem_id", nullable = false, updatable = false)
    public Long problemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false, length = 16, updatable = false)
    public EscalationLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false, length = 16, updatable = false)
    public EscalationLevel toLevel;

    @Column(nullable = false, length = 1000, updatable = false)
    public String reason;

    /** True when the escalation job raised it because the deadline had passed. */
    @Column(nullable = false, updatable = false)
    public boolean automatic;

    @Column(nullable = false, length = 255, updatable = false)
    public String actor;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    public Instant escalatedAt;

    @Column(name = "previous_due_date", nullable = false, updatable = false)
    public LocalDate previousDueDate;

    @Column(name = "new_due_date", nullable = false, updatable = false)
    public LocalDate newDueDate;
}
