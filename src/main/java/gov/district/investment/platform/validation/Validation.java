package gov.district.investment.platform.validation;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Bean Validation of a document the service assembled itself (a merge-patched body, defaults
 * filled in), with the same 422 field errors the problem mapper gives for a request body.
 */
public final class Validation {

    private Validation() {
    }

    public static <T> void check(Validator validator, T document) {
        Set<ConstraintViolation<T>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
