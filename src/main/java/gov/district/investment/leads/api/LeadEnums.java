package gov.district.investment.leads.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leads.domain.ChainRole;
import gov.district.investment.leads.domain.FollowUpKind;
import gov.district.investment.leads.domain.InvestorType;
import gov.district.investment.leads.domain.LeadChannel;
import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.platform.enums.EnumContribution;
import gov.district.investment.platform.enums.LabelledEnum;

/** The leads context's enums, published with labels at /api/v1/reference/enums. */
@ApplicationScoped
public class LeadEnums implements EnumContribution {

    @Override
    public List<Class<? extends LabelledEnum>> enums() {
        return List.of(LeadStage.class, LeadChannel.class, ChainRole.class, InvestorType.class, FollowUpKind.class);
    }
}
