package gov.district.investment.platform.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A unified social credit code (统一社会信用代码, GB 32100-2015) with a valid check digit; null passes. */
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

    /** Every valid code has exactly this many characters. */
    int LENGTH = 18;

    String message() default "must be an 18-character unified social credit code with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
