package gov.district.investment.pipeline.api;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.domain.MilestoneStatus;
import gov.district.investment.pipeline.domain.MilestoneType;
import gov.district.investment.pipeline.domain.ProblemCategory;
import gov.district.investment.pipeline.domain.ProblemStatus;
import gov.district.investment.pipeline.api.ProjectLevel;
import gov.district.investment.pipeline.api.ProjectStage;
import gov.district.investment.platform.enums.EnumContribution;
import gov.district.investment.platform.enums.LabelledEnum;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

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
