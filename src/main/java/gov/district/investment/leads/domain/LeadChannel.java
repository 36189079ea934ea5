package gov.district.investment.leads.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** How a lead came in (招商方式). */
public enum LeadChannel implements LabelledEnum {
    BUSINESS_REFERRAL("以商招商"),
    ENTERPRISE_REFERRAL("以企引企"),
    TECHNOLOGY("科技招商"),
    INTERMEDIARY("中介招商"),
    COUNTERPART("对口招商"),
    TARGETED("定向招商"),
    THEMED("专题招商"),
    EXPO("展会招商"),
    OTHER("其他");

    private final String label;

    LeadChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
