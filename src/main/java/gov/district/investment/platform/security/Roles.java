package gov.district.investment.platform.security;

/** The roles carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    /** 发改局: runs the pipeline. */
    public static final String PROJECT_OFFICE = "project-office";
    /** 招商局: runs the lead pool. */
    public static final String INVESTMENT_BUREAU = "investment-bureau";
    /** A responsible unit; its code in claim {@code unit_code}. */
    public static final String UNIT = "unit";
    /** A district leader; its id in claim {@code leader_id}. */
    public static final String LEADER = "leader";
    /** Read-only systems. */
    public static final String READER = "reader";

    private Roles() {
    }
}
