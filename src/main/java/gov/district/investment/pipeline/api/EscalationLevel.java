package gov.district.investment.pipeline.api;

import gov.district.investment.platform.enums.LabelledEnum;

/** 分级调度: who is dispatching a problem now. A problem climbs one level at a time. */
public enum EscalationLevel implements LabelledEnum {
    UNIT("责任单位"),
    LEADER("分包领导"),
    DISTRICT("区政府调度");

    private final String label;

    EscalationLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The level above, or null at the top. */
    public EscalationLevel next() {
        return this == DISTRICT ? null : values()[ordinal() + 1];
    }
}
