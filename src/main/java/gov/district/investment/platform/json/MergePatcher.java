package gov.district.investment.platform.json;

import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.platform.validation.Validation;

/**
 * The one path of every PATCH from a merge patch to the input a service applies: the patch on the
 * current input (read-only fields checked against the current view, {@link MergePatch}), the
 * input's defaults, Bean Validation (422), then its normal form. What a service does before (find,
 * access, If-Match) and after (its rules, applying the input) stays its own. The input is the
 * resource's input record, the same one POST takes.
 */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** What one resource's patches share: its input type, read-only rule, defaults and normal form. */
    public record Rules<I>(Class<I> type, MergePatch.ReadOnly readOnly, UnaryOperator<I> defaults, UnaryOperator<I> normalise) {

        public static <I> Rules<I> of(Class<I> type, MergePatch.ReadOnly readOnly) {
            return new Rules<>(type, readOnly, UnaryOperator.identity(), UnaryOperator.identity());
        }

        public Rules<I> defaults(UnaryOperator<I> defaults) {
            return new Rules<>(type, readOnly, defaults, normalise);
        }

        public Rules<I> normalise(UnaryOperator<I> normalise) {
            return new Rules<>(type, readOnly, defaults, normalise);
        }
    }

    /** The patched input, valid and in normal form. */
    public <I> I merged(ObjectNode changes, Object currentView, long currentVersion, I currentInput, Rules<I> rules) {
        I input = rules.defaults().apply(MergePatch.merge(mapper, changes, currentView, currentVersion, rules.readOnly(),
                currentInput, rules.type()));
        Validation.check(validator, input);
        return rules.normalise().apply(input);
    }

    /** The same, or empty when the patch changes nothing (then no new version and no audit entry). */
    public <I> Optional<I> changed(ObjectNode changes, Object currentView, long currentVersion, I currentInput,
            Rules<I> rules) {
        I input = merged(changes, currentView, currentVersion, currentInput, rules);
        return input.equals(currentInput) ? Optional.empty() : Optional.of(input);
    }
}
