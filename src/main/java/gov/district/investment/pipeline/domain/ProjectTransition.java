package gov.district.investment.pipeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.platform.domain.StageTransition;

/** One move of the stage machine; rows are only ever inserted. */
@Entity
@Table(name = "project_transition")
public class ProjectTransition extends StageTransition {

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 16)
    public ProjectStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    public ProjectStage toStage;
}
