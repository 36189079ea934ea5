package gov.district.investment.leads.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** Ownership of an investor. */
public enum InvestorType implements LabelledEnum {
    STATE_OWNED("国有"),
    PRIVATE("民营"),
    FOREIGN("外资"),
    HMT("港澳台资"),
    JOINT("合资");

    private final String label;

    InvestorType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
