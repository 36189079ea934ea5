package gov.district.investment.platform.json;

import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.platform.validation.Validation;

/**
 * The one path of every POST and PATCH body to the input a service applies: for a PATCH, the merge
 * patch on the current input (read-only fields checked against the current view, {@link MergePatch});
 * then the input's defaults, Bean Validation (422) and its normal form. What a service does before
 * (find, access, If-Match) and after (its rules, applying the input) stays its own.
 */
@ApplicationScoped
public class Inputs {

    private final ObjectMapper mapper;
    private final Validator validator;

    public Inputs(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** What one resource's inputs share: their type, the read-only rule of a patch, defaults and normal form. */
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

    /** A POST's input: its defaults, valid, in normal form. */
    public <I> I created(I request, Rules<I> rules) {
        I input = rules.defaults().apply(request);
        Validation.check(validator, input);
        return rules.normalise().apply(input);
    }

    /** A PATCH's input: the patch on the current input, then as for a POST. */
    public <I> I merged(ObjectNode changes, Object currentView, long currentVersion, I currentInput, Rules<I> rules) {
        return created(MergePatch.merge(mapper, changes, currentView, currentVersion, rules.readOnly(), currentInput,
                rules.type()), rules);
    }

    /** The same, or empty when the patch changes nothing (then no new version and no audit entry). */
    public <I> Optional<I> changed(ObjectNode changes, Object currentView, long currentVersion, I currentInput,
            Rules<I> rules) {
        I input = merged(changes, currentView, currentVersion, currentInput, rules);
        return input.equals(currentInput) ? Optional.empty() : Optional.of(input);
    }
}
