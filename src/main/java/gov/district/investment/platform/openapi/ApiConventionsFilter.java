package gov.district.investment.platform.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the API conventions into the contract once, instead of annotating every operation:
 * the problem+json error responses each kind of operation can return, integer ids for path
 * parameters that resources read as text, and the tag of each bounded context.
 */
public class ApiConventionsFilter implements OASFilter {

    private static final String PROBLEM_JSON = "application/problem+json";
    // "ProblemDetails" (RFC 9457), not "Problem": that name is the pipeline's problem resource (困难和问题)
    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetails";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One tag per resource (one API class in a generated client), in the order of their groups. */
    private static final Map<String, String> TAGS = new LinkedHashMap<>();
    /** The contexts, each with its resources' tags: Swagger UI and Redoc show them as x-tagGroups. */
    private static final Map<String, List<String>> TAG_GROUPS = new LinkedHashMap<>();

    static {
        TAGS.put("projects", "The project registry and its stage machine (谋划 → 前期 → 在建 → 竣工 → 投产), imports, exports, history.");
        TAGS.put("annual-plans", "A project's planned investment per year (年度计划).");
        TAGS.put("reports", "Monthly reports of completed investment (月报), their revisions, and who has not reported.");
        TAGS.put("investment", "A project's year: planned vs completed vs 均衡进度.");
        TAGS.put("milestones", "Milestones (节点) of a project and across projects, planned backwards from a target date.");
        TAGS.put("problems", "Problems (困难和问题) raised on projects, dispatched level by level until solved.");
        TAGS.put("stats", "Indicators of the pipeline and the units, as of a date.");
        TAGS.put("targets", "The district's year targets (发改局).");
        TAGS.put("leaders", "District leaders (区级领导) and their dashboards.");
        TAGS.put("assignments", "Leaders in charge of a project (分包).");
        TAGS.put("protection", "The protected listing of key projects (挂牌保护) and its inspections.");
        TAGS.put("meetings", "Dispatch meetings (调度会) and their agendas.");
        TAGS.put("decisions", "Follow-up decisions (督办事项) of dispatch meetings.");
        TAGS.put("investors", "Investors of the lead pool.");
        TAGS.put("leads", "The investment-lead pool (招商引资): leads, follow-ups, funnel, conversion into projects.");
        TAGS.put("reference", "Industries, areas, responsible units and enum labels.");
        TAGS.put("me", "The caller's identity.");
        TAG_GROUPS.put("pipeline",
                List.of("projects", "annual-plans", "reports", "investment", "milestones", "problems", "stats",
                        "targets"));
        TAG_GROUPS.put("leaders", List.of("leaders", "assignments", "protection", "meetings", "decisions"));
        TAG_GROUPS.put("leads", List.of("investors", "leads"));
        TAG_GROUPS.put("reference", List.of("reference"));
        TAG_GROUPS.put("platform", List.of("me"));
    }

    private record ErrorDoc(String status, String description, String example) {
    }

    private static final ErrorDoc BAD_REQUEST = new ErrorDoc("400",
            "Malformed JSON, wrong JSON type, unknown property or enum value, bad parameter",
            "{\"type\":\"urn:district-investment:problem:bad-request\",\"title\":\"Bad request\",\"status\":400,\"detail\":\"Unknown property 'budget'\",\"instance\":\"/api/v1/projects\",\"errors\":[{\"field\":\"budget\",\"message\":\"unknown property\"}]}");
    private static final ErrorDoc UNAUTHORIZED = new ErrorDoc("401", "No valid bearer token",
            "{\"type\":\"urn:district-investment:problem:unauthorized\",\"title\":\"Authentication required\",\"status\":401,\"detail\":\"A valid bearer token is required\",\"instance\":\"/api/v1/projects\"}");
    private static final ErrorDoc FORBIDDEN = new ErrorDoc("403", "The caller's role or unit may not do this",
            "{\"type\":\"urn:district-investment:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Only the responsible unit, the project office or an admin may change this project\",\"instance\":\"/api/v1/projects/12\"}");
    private static final ErrorDoc NOT_FOUND = new ErrorDoc("404", "No such record",
            "{\"type\":\"urn:district-investment:problem:not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"Project 12 does not exist\",\"instance\":\"/api/v1/projects/12\"}");
    private static final ErrorDoc CONFLICT = new ErrorDoc("409",
            "State conflict: illegal transition, duplicate, concurrent change, idempotent request still running",
            "{\"type\":\"urn:district-investment:problem:illegal-transition\",\"title\":\"Illegal transition\",\"status\":409,\"detail\":\"A project in PLANNING cannot move to OPERATING; allowed: [PRELIMINARY, CANCELLED]\",\"instance\":\"/api/v1/projects/12/transitions\",\"currentStage\":\"PLANNING\",\"allowedTargets\":[\"PRELIMINARY\",\"CANCELLED\"]}");
    private static final ErrorDoc PRECONDITION = new ErrorDoc("412", "If-Match does not match the current version",
            "{\"type\":\"urn:district-investment:problem:precondition-failed\",\"title\":\"Precondition failed\",\"status\":412,\"detail\":\"If-Match does not match the current version 4; read the resource again\",\"instance\":\"/api/v1/projects/12\",\"currentVersion\":4}");
    private static final ErrorDoc TOO_LARGE = new ErrorDoc("413", "Body over the size limit",
            "{\"type\":\"urn:district-investment:problem:payload-too-large\",\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The request body exceeds the limit of 1048576 bytes\",\"instance\":\"/api/v1/projects\"}");
    private static final ErrorDoc UNSUPPORTED = new ErrorDoc("415", "Wrong Content-Type",
            "{\"type\":\"urn:district-investment:problem:unsupported-media-type\",\"title\":\"Unsupported media type\",\"status\":415,\"detail\":\"Content-Type 'text/plain' is not accepted here\",\"instance\":\"/api/v1/projects\"}");
    private static final ErrorDoc UNPROCESSABLE = new ErrorDoc("422",
            "A rule is broken: required, size, format, check digit, unknown reference code, dates",
            "{\"type\":\"urn:district-investment:problem:validation\",\"title\":\"Validation failed\",\"status\":422,\"detail\":\"industryCode: unknown industry code 'NOPE'; see /api/v1/reference/industries\",\"instance\":\"/api/v1/projects\",\"errors\":[{\"field\":\"industryCode\",\"message\":\"unknown industry code 'NOPE'; see /api/v1/reference/industries\"}]}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchemas(openAPI);
        Set<String> usedTags = new LinkedHashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                    documentErrors(path.getKey(), op.getKey(), op.getValue());
                    documentHeaders(op.getKey(), op.getValue());
                    typeIdParameters(op.getValue());
                    patchBodiesAreOptional(openAPI, op.getValue());
                    if (op.getValue().getTags() != null) {
                        usedTags.addAll(op.getValue().getTags());
                    }
                }
            }
        }
        List<Tag> tags = new ArrayList<>();
        TAGS.forEach((name, description) -> {
            if (usedTags.contains(name)) {
                tags.add(OASFactory.createTag().name(name).description(description));
            }
        });
        openAPI.setTags(tags);
        List<Map<String, Object>> groups = new ArrayList<>();
        TAG_GROUPS.forEach((group, members) -> {
            List<String> used = members.stream().filter(usedTags::contains).toList();
            if (!used.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>(); // key order stays as written: the committed spec is compared
                entry.put("name", group);
                entry.put("tags", used);
                groups.add(entry);
            }
        });
        openAPI.addExtension("x-tagGroups", groups);
    }

    private static void documentErrors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        List<ErrorDoc> errors = new ArrayList<>();
        // 400 needs something to be malformed: a body, a parameter or a path id
        if (hasBody || hasParameters || path.contains("{")) {
            errors.add(BAD_REQUEST);
        }
        errors.add(UNAUTHORIZED);
        if (write) {
            errors.add(FORBIDDEN);
        }
        if (path.contains("{")) {
            errors.add(NOT_FOUND);
        }
        if (write) {
            errors.add(CONFLICT);
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE
                || (method == PathItem.HttpMethod.POST && (path.endsWith("/transitions") || path.endsWith("/escalations")))) {
            errors.add(PRECONDITION);
        }
        if (hasBody) {
            errors.add(TOO_LARGE);
            errors.add(UNSUPPORTED);
        }
        if (hasBody || method == PathItem.HttpMethod.POST) {
            errors.add(UNPROCESSABLE);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (ErrorDoc error : errors) {
            APIResponse existing = responses.getAPIResponse(error.status());
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(error.status(), problemResponse(error));
            }
        }
        // automatic security documentation adds bodiless 401/403 even where the list above has none
        for (Map.Entry<String, APIResponse> response : new ArrayList<>(responses.getAPIResponses().entrySet())) {
            if (response.getKey().startsWith("4") && response.getValue().getContent() == null) {
                responses.addAPIResponse(response.getKey(), problemResponse(
                        response.getKey().equals("403") ? FORBIDDEN : UNAUTHORIZED));
            }
        }
        // keep the responses in status order for readers of the YAML
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(sorted);
    }

    /** Headers every operation of a kind answers with; ETag and Location are on the operations. */
    private static void documentHeaders(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        addHeader(responses.getAPIResponse("401"), "WWW-Authenticate", "Bearer", "Always Bearer");
        addHeader(responses.getAPIResponse("409"), "Retry-After", "1",
                "Seconds to wait, when the conflict is a race that a retry may win");
        addHeader(responses.getAPIResponse("412"), "ETag", "\"4\"", "The current version");
        if (method == PathItem.HttpMethod.POST) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    addHeader(response, "Idempotent-Replayed", "true",
                            "Present when this is the stored first response to a replayed Idempotency-Key");
                }
            });
        }
        if (method == PathItem.HttpMethod.POST) {
            acceptsIdempotencyKey(operation);
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.HEADER && parameter.getName().equals("Idempotency-Key")) {
                    parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                            .minLength(1).maxLength(255));
                    parameter.setDescription("Makes a retry safe: per caller and path, the same key within 24 h replays "
                            + "the first response; another body with it is 422; a replay while the first still runs is 409.");
                }
            }
        }
    }

    /**
     * Every POST takes an Idempotency-Key: the {@code @Idempotent} methods read it in an
     * interceptor, so it is not among their Java parameters. Kept in the scanner's order: path,
     * query, header, then by name.
     */
    private static void acceptsIdempotencyKey(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equals(p.getName()))) {
            return;
        }
        parameters.add(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER));
        parameters.sort(Comparator.comparing((Parameter p) -> p.getIn().ordinal()).thenComparing(Parameter::getName));
        operation.setParameters(parameters);
    }

    private static void addHeader(APIResponse response, String name, String example, String description) {
        if (response != null && (response.getHeaders() == null || !response.getHeaders().containsKey(name))) {
            response.addHeader(name, OASFactory.createHeader().description(description).example(example)
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
    }

    /**
     * A merge patch may leave out any field and send null to clear one: its body gets a copy of
     * the resource's input schema with nothing required.
     */
    private static void patchBodiesAreOptional(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType patch = operation.getRequestBody().getContent().getMediaType(MERGE_PATCH);
        if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null) {
            return;
        }
        String name = patch.getSchema().getRef().substring(patch.getSchema().getRef().lastIndexOf('/') + 1);
        Schema input = openAPI.getComponents().getSchemas().get(name);
        if (input == null) {
            return;
        }
        String patchName = name.replace("Input", "") + "Patch";
        Schema copy = OASFactory.createSchema().type(input.getType()).properties(input.getProperties())
                .description(
                        "JSON Merge Patch (RFC 7396) of " + name + ": every field optional; null clears an optional field.");
        openAPI.getComponents().addSchema(patchName, copy);
        patch.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + patchName));
    }

    private static APIResponse problemResponse(ErrorDoc error) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(parse(error.example()));
        return OASFactory.createAPIResponse()
                .description(error.description())
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, media));
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bad example in the API conventions: " + json, e);
        }
    }

    /** Resources read ids as text to answer 400 themselves; the contract still says int64. */
    private static void typeIdParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.PATH
                    && (parameter.getName().equals("id") || parameter.getName().endsWith("Id"))) {
                parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")
                        .minimum(java.math.BigDecimal.ONE));
            }
        }
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One bad field, body property or parameter")
                .addProperty("field",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("totalInvestment"))
                .addProperty("message",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("must be greater than 0"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description(
                        "RFC 9457 problem details, the body of every error (application/problem+json). Some types add members, e.g. allowedTargets, currentStage, currentVersion.")
                .addProperty("type",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                                .example("urn:district-investment:problem:validation"))
                .addProperty("title",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("Validation failed"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(422))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("/api/v1/projects"))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description(
                                "The request's id, as in the X-Request-Id response header and every log line of the request")
                        .example("4f2c1d9e-5b7a-4c3e-9a61-0d8e2f3b7c55"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE);
        components.addSchema("FieldError", fieldError);
        components.addSchema("ProblemDetails", problem);
    }
}
