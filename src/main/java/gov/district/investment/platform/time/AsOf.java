package gov.district.investment.platform.time;

import java.time.LocalDate;

import gov.district.investment.platform.error.ProblemException;

/** The rule every "as of" read shares: a day that has not ended cannot be reproduced later. */
public final class AsOf {

    private AsOf() {
    }

    /** 422 naming {@code asOf} when it lies after {@code today}; null (meaning now) passes. */
    public static void notAfter(LocalDate asOf, LocalDate today) {
        if (asOf != null && asOf.isAfter(today)) {
            throw ProblemException.invalid("asOf", "must not be in the future (today is " + today + ")");
        }
    }
}
