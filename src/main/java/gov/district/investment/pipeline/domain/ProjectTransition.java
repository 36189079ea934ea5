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

import gov.district.investment.pipeline.api.ProjectStage;

/** One move of the stage machine; rows are only ever inserted. */
@Entity
@Table(name = "project_transition")
public class ProjectTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 16)
    public ProjectStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    public ProjectStage toStage;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false, length = 255)
    public String actor;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
