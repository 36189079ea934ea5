package gov.district.investment.pipeline.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** The kinds of milestone (节点) a key project passes on its way from approval to operation. */
public enum MilestoneType implements LabelledEnum {
    PROJECT_APPROVAL("立项"),
    LAND("用地"),
    PLANNING_PERMIT("规划许可"),
    CONSTRUCTION_PERMIT("施工许可"),
    START("开工"),
    TOPPING_OUT("主体封顶"),
    COMPLETION("竣工"),
    OPERATION("投产"),
    OTHER("其他");

    private final String label;

    MilestoneType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
