package gov.district.investment.leads.domain;

import java.util.EnumSet;
import java.util.Set;

import gov.district.investment.platform.enums.LabelledEnum;

/**
 * The lead stage machine: CLUE → CONTACTED → NEGOTIATING → SIGNED → LANDED, one step at a time;
 * any open stage may be DROPPED (reason) and a dropped lead reopens only to the stage it left.
 * CONVERTED is reached only by the conversion (from SIGNED or LANDED), never by a transition, and
 * is terminal.
 */
public enum LeadStage implements LabelledEnum {
    CLUE("线索"),
    CONTACTED("接洽"),
    NEGOTIATING("洽谈"),
    SIGNED("签约"),
    LANDED("落地"),
    CONVERTED("已转项目"),
    DROPPED("已放弃");

    /** Stages in which a lead is being worked: the ones the duplicate warning and "stale" look at. */
    public static final Set<LeadStage> OPEN = EnumSet.of(CLUE, CONTACTED, NEGOTIATING, SIGNED, LANDED);

    private final String label;

    LeadStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Stages reachable through POST .../transitions.
     *
     * @param droppedFrom the stage a DROPPED lead left; ignored for other stages
     */
    public Set<LeadStage> allowedTargets(LeadStage droppedFrom) {
        return switch (this) {
            case CLUE -> EnumSet.of(CONTACTED, DROPPED);
            case CONTACTED -> EnumSet.of(NEGOTIATING, DROPPED);
            case NEGOTIATING -> EnumSet.of(SIGNED, DROPPED);
            case SIGNED -> EnumSet.of(LANDED, DROPPED);
            case LANDED -> EnumSet.of(DROPPED);
            case DROPPED -> droppedFrom == null ? EnumSet.noneOf(LeadStage.class) : EnumSet.of(droppedFrom);
            case CONVERTED -> EnumSet.noneOf(LeadStage.class);
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** A signed contract exists: the lead may become a project. */
    public boolean isConvertible() {
        return this == SIGNED || this == LANDED;
    }
}
