package gov.district.investment.platform.validation;

import java.math.BigDecimal;

/**
 * Numbers that no rule can even look at: {@code 1E+2147483647} is a valid JSON number, but its
 * integer-digit count overflows an int inside Bean Validation's {@code @Digits} (so it passes) and
 * bringing it to the columns' scale throws. Anything beyond the widest DECIMAL a database has (65
 * digits) is refused where it is read, before the rules run.
 */
public final class Magnitude {

    private static final int MAX_DIGITS = 65;

    private Magnitude() {
    }

    public static boolean isStorable(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
    }

    public static String rule() {
        return "at most " + MAX_DIGITS + " digits before and after the decimal point";
    }
}
