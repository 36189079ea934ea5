package gov.district.investment.pipeline.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** What kind of difficulty holds a project up (困难和问题). */
public enum ProblemCategory implements LabelledEnum {
    LAND("土地"),
    FUNDING("资金"),
    APPROVAL("审批"),
    DEMOLITION("征拆"),
    UTILITIES("配套"),
    CONSTRUCTION("施工"),
    OTHER("其他");

    private final String label;

    ProblemCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
