package gov.district.investment.leads.api;

/** The stages a converted lead's project may start in. */
public enum ConversionStage {
    PLANNING,
    PRELIMINARY
}
