package gov.district.investment.leaders.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.domain.AssignmentRole;
import gov.district.investment.leaders.domain.DecisionStatus;
import gov.district.investment.leaders.domain.MeetingLevel;
import gov.district.investment.platform.enums.EnumContribution;
import gov.district.investment.platform.enums.LabelledEnum;

/** The leaders context's enums, published with labels at /api/v1/reference/enums. */
@ApplicationScoped
public class LeaderEnums implements EnumContribution {

    @Override
    public List<Class<? extends LabelledEnum>> enums() {
        return List.of(AssignmentRole.class, MeetingLevel.class, DecisionStatus.class);
    }
}
