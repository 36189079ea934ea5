package gov.district.investment.platform.domain;

import java.util.List;

/** Input that breaks a rule, field by field (a date in the future, a reason that is required). */
public final class RuleBroken extends DomainException {

    private final List<FieldError> violations;

    public RuleBroken(List<FieldError> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public RuleBroken(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> violations() {
        return violations;
    }

    /** One violation is quoted, several are counted. */
    public static String describe(List<FieldError> violations) {
        return violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
    }
}
