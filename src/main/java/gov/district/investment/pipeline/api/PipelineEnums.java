package gov.district.investment.pipeline.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.pipeline.domain.MilestoneStatus;
import gov.district.investment.pipeline.domain.MilestoneType;
import gov.district.investment.pipeline.domain.ProblemCategory;
import gov.district.investment.pipeline.domain.ProblemStatus;
import gov.district.investment.platform.enums.EnumContribution;
import gov.district.investment.platform.enums.LabelledEnum;

/** The pipeline's enums, published with labels at /api/v1/reference/enums. */
@ApplicationScoped
public class PipelineEnums implements EnumContribution {

    @Override
    public List<Class<? extends LabelledEnum>> enums() {
        return List.of(ProjectStage.class, ProjectLevel.class, InvestmentStatus.class,
                MilestoneType.class, MilestoneStatus.class, ProblemCategory.class, ProblemStatus.class,
                EscalationLevel.class);
    }
}
