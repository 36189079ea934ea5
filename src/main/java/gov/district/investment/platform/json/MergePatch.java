package gov.district.investment.platform.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.http.IfMatch;

/** RFC 7396 JSON Merge Patch: null removes, objects merge recursively, anything else replaces. */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** The body of a PATCH as a merge patch: a JSON object, else 400 (RFC 7396 allows others, we never need them). */
    public static ObjectNode object(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "A merge patch must be a JSON object");
        }
        return (ObjectNode) patch;
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), apply(result.get(entry.getKey()), entry.getValue()));
            }
        }
        return result;
    }

    /**
     * Reads a patched document as {@code type}. Jackson's failure (unknown property, wrong type)
     * is carried by {@link InvalidJsonException}, which the problem mapper answers exactly as a
     * bad request body.
     */
    public static <T> T read(ObjectMapper mapper, JsonNode document, Class<T> type) {
        try {
            return mapper.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new InvalidJsonException(e);
        }
    }

    /**
     * The writable document after a merge patch: the read-only part taken out and checked
     * ({@link #removeReadOnly}), the rest merged onto {@code currentInput} and read as {@code type}.
     */
    public static <I> I merge(ObjectMapper mapper, ObjectNode patch, Object currentView, long currentVersion,
            ReadOnly rule, I currentInput, Class<I> type) {
        ObjectNode writable = patch.deepCopy();
        removeReadOnly(mapper, writable, currentView, currentVersion, rule);
        return read(mapper, apply(mapper.valueToTree(currentInput), writable), type);
    }

    /** What a resource's view has that a merge patch may not change. */
    public record ReadOnly(Set<String> fields, Set<String> derived, Function<String, String> hint) {

        /** Plain read-only fields, nothing derived, the default message. */
        public static ReadOnly of(Set<String> fields) {
            return new ReadOnly(fields, Set.of(), field -> null);
        }
    }

    /**
     * Takes out of {@code patch} what the client may not change, so the rest can be applied to the
     * writable document. A read-only field echoed with its current value is fine (clients send
     * back what they read; numbers compare by value, a parsed 7 being an int node and a view's 7L
     * a long one); any other value is a 422 field error, with the rule's hint for that field or
     * "is read-only". Derived fields (figures from other resources) are dropped whatever they
     * hold. A {@code version} in the body is a precondition, like If-Match.
     */
    public static void removeReadOnly(ObjectMapper mapper, ObjectNode patch, Object currentView, long currentVersion,
            ReadOnly rule) {
        JsonNode current = mapper.valueToTree(currentView);
        patch.remove(rule.derived());
        List<FieldError> errors = new ArrayList<>();
        for (String field : rule.fields()) {
            JsonNode sent = patch.remove(field);
            if (sent != null && !sameValue(sent, current.get(field))) {
                String hint = rule.hint().apply(field);
                errors.add(new FieldError(field, hint == null ? "is read-only" : hint));
            }
        }
        JsonNode version = patch.remove("version");
        if (version != null && !version.isNull()) {
            if (!version.isIntegralNumber()) {
                throw ProblemException.badParameter("version", "must be an integer");
            }
            IfMatch.parse("\"" + version.asLong() + "\"").check(currentVersion);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static boolean sameValue(JsonNode sent, JsonNode current) {
        if (sent.isArray() && current != null && current.isArray()) {
            // read-only arrays are sets (allowedTargets): their order carries no meaning
            Set<JsonNode> a = new HashSet<>();
            sent.forEach(a::add);
            Set<JsonNode> b = new HashSet<>();
            current.forEach(b::add);
            return a.equals(b);
        }
        if (sent.isNumber() && current != null && current.isNumber()) {
            return sent.decimalValue().compareTo(current.decimalValue()) == 0;
        }
        return sent.equals(current);
    }
}
