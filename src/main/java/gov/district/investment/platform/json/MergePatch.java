package gov.district.investment.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** RFC 7396 JSON Merge Patch: null removes, objects merge recursively, anything else replaces. */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
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
}
