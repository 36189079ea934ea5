package gov.district.investment.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The operations of the committed contract (openapi/openapi.yaml) as the fuzzer needs them: path
 * template, parameters and body schema, with {@code $ref}s to components resolved.
 */
final class FuzzSpec {

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    record Op(String method, String path, List<Param> params, String bodyType, JsonNode bodySchema, boolean bodyRequired,
            JsonNode okSchema) {

        String key() {
            return method + " " + path;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasBody() {
            return bodyType != null;
        }

        /** The template as a regex over concrete paths, one group per path parameter. */
        Pattern pattern() {
            return Pattern.compile("^" + path.replaceAll("\\{[^}]+}", "([^/]+)") + "$");
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final JsonNode root;
    final List<Op> ops = new ArrayList<>();

    FuzzSpec(Path file) throws IOException {
        root = YAML.readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    params.add(new Param(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(),
                            resolve(p.path("schema"))));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                JsonNode content = op.path("requestBody").path("content");
                if (content.isObject() && content.size() > 0) {
                    bodyType = content.fieldNames().next();
                    bodySchema = resolve(content.path(bodyType).path("schema"));
                }
                JsonNode ok = op.path("responses").path("200").path("content").path("application/json").path("schema");
                ops.add(new Op(method.toUpperCase(), path.getKey(), params, bodyType, bodySchema,
                        op.path("requestBody").path("required").asBoolean(), ok.isMissingNode() ? null : resolve(ok)));
            }
        }
    }

    JsonNode schema(String name) {
        return resolve(root.path("components").path("schemas").path(name));
    }

    /** A schema with its {@code $ref} replaced by the referenced one (the sibling keywords kept over it). */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        String ref = schema.get("$ref").asText();
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        JsonNode target = resolve(root.path("components").path("schemas").path(name));
        ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : YAML.createObjectNode();
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        merged.put("x-schema-name", name);
        return merged;
    }

    /** Properties of an object schema, resolved, in document order. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (schema != null) {
            schema.path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), resolve(e.getValue())));
        }
        return out;
    }

    static List<String> required(JsonNode schema) {
        List<String> out = new ArrayList<>();
        if (schema != null) {
            schema.path("required").forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static List<String> enumValues(JsonNode schema) {
        List<String> out = new ArrayList<>();
        if (schema != null) {
            schema.path("enum").forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
