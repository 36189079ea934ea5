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

/** A follow-up (跟踪记录) on a lead: a visit, call, meeting...; rows are only ever inserted. */
@Entity
@Table(name = "lead_follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "lead_id", nullable = false)
    public Long leadId;

    @Column(name = "follow_up_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FollowUpKind kind;

    @Column(nullable = false, length = 2000)
    public String summary;

    @Column(name = "next_step", length = 1000)
    public String nextStep;

    @Column(name = "next_follow_up_date")
    public LocalDate nextFollowUpDate;

    @Column(nullable = false, length = 255)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
