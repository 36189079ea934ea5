package gov.district.investment.pipeline.api;

import gov.district.investment.platform.enums.LabelledEnum;

/** Key-project level (省/市/区重点项目); NONE is an ordinary project. */
public enum ProjectLevel implements LabelledEnum {
    NONE("一般项目"),
    DISTRICT("区重点项目"),
    MUNICIPAL("市重点项目"),
    PROVINCIAL("省重点项目");

    private final String label;

    ProjectLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
