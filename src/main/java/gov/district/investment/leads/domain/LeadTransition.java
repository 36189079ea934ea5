package gov.district.investment.leads.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import gov.district.investment.platform.domain.StageTransition;

/** One move of a lead's stage (the conversion included); rows are only ever inserted. */
@Entity
@Table(name = "lead_transition")
public class LeadTransition extends StageTransition {

    @Column(name = "lead_id", nullable = false)
    public Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 16)
    public LeadStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    public LeadStage toStage;
}
