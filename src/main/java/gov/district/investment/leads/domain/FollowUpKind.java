package gov.district.investment.leads.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** What kind of contact a follow-up (跟踪记录) was. */
public enum FollowUpKind implements LabelledEnum {
    VISIT("走访"),
    CALL("电话"),
    MEETING("会谈"),
    INSPECTION("考察"),
    SIGNING("签约");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
