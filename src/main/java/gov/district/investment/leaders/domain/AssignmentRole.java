package gov.district.investment.leaders.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** A leader's part on a key project: the one leader in charge, or one of those assisting. */
public enum AssignmentRole implements LabelledEnum {
    LEAD("分包领导"),
    ASSIST("协助领导");

    private final String label;

    AssignmentRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
