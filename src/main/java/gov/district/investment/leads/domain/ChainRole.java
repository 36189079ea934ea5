package gov.district.investment.leads.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** The lead's place in the district's industrial chain (产业链定位). */
public enum ChainRole implements LabelledEnum {
    LEADING("引领型"),
    CHAIN_FILLING("补链型"),
    CORE("核心型"),
    OTHER("其他");

    private final String label;

    ChainRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
