package gov.district.investment.pipeline.api;

import java.util.EnumSet;
import java.util.Set;

import gov.district.investment.platform.enums.LabelledEnum;

/**
 * The project stage machine: PLANNING → PRELIMINARY → CONSTRUCTION → COMPLETED → OPERATING,
 * one step at a time; PRELIMINARY and CONSTRUCTION may be SUSPENDED and resume only to the stage
 * they left; anything before OPERATING may be CANCELLED. OPERATING and CANCELLED are terminal.
 */
public enum ProjectStage implements LabelledEnum {
    PLANNING("谋划"),
    PRELIMINARY("前期"),
    CONSTRUCTION("在建"),
    COMPLETED("竣工"),
    OPERATING("投产"),
    SUSPENDED("停缓建"),
    CANCELLED("终止");

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The stages this one may move to.
     *
     * @param suspendedFrom the stage a SUSPENDED project left; ignored for other stages
     */
    public Set<ProjectStage> allowedTargets(ProjectStage suspendedFrom) {
        return switch (this) {
            case PLANNING -> EnumSet.of(PRELIMINARY, CANCELLED);
            case PRELIMINARY -> EnumSet.of(CONSTRUCTION, SUSPENDED, CANCELLED);
            case CONSTRUCTION -> EnumSet.of(COMPLETED, SUSPENDED, CANCELLED);
            case COMPLETED -> EnumSet.of(OPERATING, CANCELLED);
            case SUSPENDED -> suspendedFrom == null ? EnumSet.of(CANCELLED) : EnumSet.of(suspendedFrom, CANCELLED);
            case OPERATING, CANCELLED -> EnumSet.noneOf(ProjectStage.class);
        };
    }

    public boolean isTerminal() {
        return this == OPERATING || this == CANCELLED;
    }

    /** Moving here must be explained (停缓建, 终止). */
    public boolean requiresReason() {
        return this == SUSPENDED || this == CANCELLED;
    }
}
