package gov.district.investment.leaders.domain;

import gov.district.investment.platform.enums.LabelledEnum;

/** 督办事项: OPEN until closed DONE; OVERDUE is derived (open past its due date), never stored. */
public enum DecisionStatus implements LabelledEnum {
    OPEN("督办中"),
    DONE("已办结"),
    OVERDUE("逾期未办结");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
