package gov.district.investment.pipeline.api;

import gov.district.investment.platform.enums.LabelledEnum;

/** A year's completed investment against 均衡进度 (ExpectedProgress), within the tolerance. */
public enum InvestmentStatus implements LabelledEnum {
    AHEAD("超序时进度"),
    ON_TRACK("符合序时进度"),
    BEHIND("滞后序时进度");

    private final String label;

    InvestmentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
