package gov.district.investment.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * GB 32100-2015: 17 characters from a 31-symbol alphabet (no I, O, Z, S, V) and a check
 * character computed with weights 3^i mod 31.
 */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }

    public static boolean isValid(String code) {
        if (code.length() != CreditCode.LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < CreditCode.LENGTH - 1; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(CreditCode.LENGTH - 1) == ALPHABET.charAt(check);
    }

    /** Completes 17 characters with their check character (for tests and demo data). */
    public static String withCheckDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < CreditCode.LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
