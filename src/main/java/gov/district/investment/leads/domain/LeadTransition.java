package gov.district.investment.leads.domain;

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

/** One move of a lead's stage (the conversion included); rows are only ever inserted. */
@Entity
@Table(name = "lead_transition")
public class LeadTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "lead_id", nullable = false)
    public Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 16)
    public LeadStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    public LeadStage toStage;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false, length = 255)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
