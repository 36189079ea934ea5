package gov.district.investment.leaders.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** 分级调度: the level a dispatch meeting works at, matching a problem's escalation level. */
public enum MeetingLevel implements LabelledEnum {
    DISTRICT("区政府调度会"),
    LEADER("分包领导调度会"),
    UNIT("责任单位调度会");

    private final String label;

    MeetingLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
