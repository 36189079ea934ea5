package gov.district.investment.pipeline.domain;

import java.time.LocalDate;

import gov.district.investment.platform.enums.LabelledEnum;

/** Derived, never stored: a stored status would go stale at midnight. */
public enum MilestoneStatus implements LabelledEnum {
    PENDING("未到期"),
    DONE("已完成"),
    OVERDUE("已逾期");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Done once it has a done date; overdue from the day after its due date (business days). */
    public static MilestoneStatus of(LocalDate dueDate, LocalDate doneDate, LocalDate today) {
        if (doneDate != null) {
            return DONE;
        }
        return dueDate.isBefore(today) ? OVERDUE : PENDING;
    }
}
