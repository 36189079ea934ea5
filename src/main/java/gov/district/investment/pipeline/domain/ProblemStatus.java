package gov.district.investment.pipeline.domain;

import java.util.EnumSet;
import java.util.Set;

import gov.district.investment.platform.enums.LabelledEnum;

/**
 * OPEN → IN_PROGRESS → RESOLVED (a resolution is required); OPEN or IN_PROGRESS → CLOSED without
 * a resolution (a reason is required). RESOLVED and CLOSED are terminal.
 */
public enum ProblemStatus implements LabelledEnum {
    OPEN("待协调"),
    IN_PROGRESS("协调中"),
    RESOLVED("已解决"),
    CLOSED("已关闭");

    private final String label;

    ProblemStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public Set<ProblemStatus> allowedTargets() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, CLOSED);
            case RESOLVED, CLOSED -> EnumSet.noneOf(ProblemStatus.class);
        };
    }

    /** Still being worked on: counts as overdue past its deadline and may be escalated. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public static Set<ProblemStatus> openStatuses() {
        return EnumSet.of(OPEN, IN_PROGRESS);
    }
}
