package gov.district.investment.platform.error;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import gov.district.investment.platform.concurrency.DatabaseErrors;
import gov.district.investment.platform.domain.DomainException;
import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.domain.IllegalTransition;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.json.InvalidJsonException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one place where failures become HTTP answers: every error leaves as
 * {@code application/problem+json}. Nothing from an exception's internals (class names, SQL,
 * stack traces) is copied into a response; unexpected faults are logged with an incident id
 * that the response repeats, so support can find the log line.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** How much of a refused value an error message quotes back. */
    private static final int ECHO_LIMIT = 64;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = build(
                new ProblemDetails(e.type(), e.getMessage(), request.path(), e.errors(), e.extensions()));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /** A domain rule's refusal, answered with the type its kind has always had. */
    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        List<FieldError> errors = e instanceof RuleBroken broken ? broken.violations() : List.of();
        return build(new ProblemDetails(typeOf(e), e.getMessage(), request.path(), errors, e.facts())).build();
    }

    /** The problem type of each kind of domain refusal. */
    public static ProblemType typeOf(DomainException e) {
        if (e instanceof NotFound) {
            return ProblemType.NOT_FOUND;
        }
        if (e instanceof RuleBroken) {
            return ProblemType.VALIDATION;
        }
        if (e instanceof IllegalTransition) {
            return ProblemType.ILLEGAL_TRANSITION;
        }
        return ProblemType.CONFLICT;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request); // the JSON reader wraps its parse errors
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
        };
        if (type == ProblemType.INTERNAL) {
            return unexpected(e, request);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at " + request.path();
            case METHOD_NOT_ALLOWED -> request.method().name() + " is not supported on " + request.path();
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type '" + nullToEmpty(request.getHeader(HttpHeaders.CONTENT_TYPE))
                    + "' is not accepted here";
            case NOT_ACCEPTABLE -> "None of the media types in Accept can be produced";
            default -> type.title();
        };
        Response.ResponseBuilder builder = build(new ProblemDetails(type, detail, request.path(), null, null));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    // Jackson failures: one mapper per type so that none of the REST layer's built-in mappers
    // (registered for the more specific types) wins; all render through json().
    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response malformedJson(StreamReadException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response invalidJson(InvalidJsonException e, HttpServerRequest request) {
        return json(e.getCause(), request);
    }

    /** A refused value quoted back, cut short: a 20,000-character value is not repeated in full. */
    static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
    }

    private static Response json(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof StreamReadException parse) {
            return badRequest("Malformed JSON at line " + location(parse), request);
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return badRequest("Malformed JSON", request);
        }
        String field = jsonPath(mapping);
        if (e instanceof UnrecognizedPropertyException) {
            return badRequest("Unknown property '" + field + "'", request, new FieldError(field, "unknown property"));
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String message;
            if (target == String.class) {
                message = "must be text without control characters or lone surrogates";
            } else if (target != null && target.isEnum()) {
                message = "unknown value '" + echo(invalid.getValue()) + "'; allowed: "
                        + Arrays.stream(target.getEnumConstants())
                                .map(Object::toString).collect(Collectors.joining(", "));
            } else if (invalid.getValue() instanceof java.time.LocalDate
                    || invalid.getValue() instanceof java.math.BigDecimal) {
                message = invalid.getOriginalMessage(); // parsed, but outside what the service accepts (JsonSetup)
            } else {
                message = "'" + echo(invalid.getValue()) + "' is not a valid " + describe(target);
            }
            return badRequest("Invalid value for '" + field + "'", request, new FieldError(field, message));
        }
        if (field.isEmpty()) {
            return badRequest("The request body is missing or is not the expected JSON object", request);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return badRequest("Wrong JSON type for '" + field + "'", request,
                    new FieldError(field, "expected " + describe(mismatched.getTargetType())));
        }
        return badRequest("Invalid value for '" + field + "'", request, new FieldError(field, "invalid value"));
    }

    /** Bean Validation: body properties are 422 (a rule broken), bare parameters 400 (bad request). */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        boolean bodyRule = false;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            FieldPath path = fieldPath(v.getPropertyPath());
            bodyRule |= path.property();
            errors.add(new FieldError(path.name(), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        if (bodyRule) {
            return problem(ProblemException.invalid(errors), request);
        }
        boolean missingBody = errors.stream().anyMatch(err -> err.field().equals("body"));
        String detail = missingBody ? "A JSON request body is required" : "Invalid request parameters";
        return build(new ProblemDetails(ProblemType.BAD_REQUEST, detail, request.path(), missingBody ? null : errors, null))
                .build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        // One answer for a missing, expired, forged or unknown-issuer token: nothing to probe.
        return build(
                new ProblemDetails(ProblemType.UNAUTHORIZED, "A valid bearer token is required", request.path(), null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return build(new ProblemDetails(ProblemType.FORBIDDEN, "Your role may not perform this operation", request.path(), null,
                null)).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, org.hibernate.StaleStateException.class })
    public Response optimisticLock(RuntimeException e, HttpServerRequest request) {
        return build(new ProblemDetails(ProblemType.CONFLICT, "The record was changed concurrently; read it again and retry",
                request.path(), null, null)).build();
    }

    @ServerExceptionMapper({ PessimisticLockException.class, LockTimeoutException.class,
            org.hibernate.exception.LockAcquisitionException.class })
    public Response lockConflict(RuntimeException e, HttpServerRequest request) {
        return build(new ProblemDetails(ProblemType.CONFLICT, "The record is busy; retry shortly", request.path(), null, null))
                .header(HttpHeaders.RETRY_AFTER, "1").build();
    }

    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        // Services check uniqueness first; this is the race that slipped between check and insert.
        return build(new ProblemDetails(ProblemType.DUPLICATE, "The request conflicts with an existing record",
                request.path(), null, null)).build();
    }

    /** Hibernate wraps its own exceptions; classify by cause so a lost race is never a 500. */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, HttpServerRequest request) {
        if (DatabaseErrors.isConstraintViolation(e)) {
            return build(new ProblemDetails(ProblemType.DUPLICATE, "The request conflicts with an existing record",
                    request.path(), null, null)).build();
        }
        if (DatabaseErrors.isConflict(e)) {
            return build(
                    new ProblemDetails(ProblemType.CONFLICT, "The record was changed concurrently; read it again and retry",
                            request.path(), null, null))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        return unexpected(e, request);
    }

    /**
     * A body the REST layer could not read as its Content-Type says, such as a multipart form whose
     * boundary never comes. Our own file handling wraps its I/O errors, so what arrives here
     * unwrapped is the request's fault.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, HttpServerRequest request) {
        LOG.debugf("Unreadable body on %s %s: %s", request.method(), request.path(), e.getMessage());
        return badRequest("The request body could not be read as its Content-Type declares", request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s %s (incident %s)", request.method(), request.path(), incident);
        return build(new ProblemDetails(ProblemType.INTERNAL, "Unexpected error; quote incident " + incident + " to support",
                request.path(), null, Map.of("incident", incident))).build();
    }

    private static Response badRequest(String detail, HttpServerRequest request, FieldError... errors) {
        return build(new ProblemDetails(ProblemType.BAD_REQUEST, detail, request.path(), List.of(errors), null)).build();
    }

    static Response.ResponseBuilder build(ProblemDetails problem) {
        return Response.status(problem.status).type(ProblemDetails.MEDIA_TYPE).entity(problem);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (e instanceof UnrecognizedPropertyException u && sb.isEmpty()) {
            return u.getPropertyName();
        }
        return sb.toString();
    }

    private static String location(StreamReadException e) {
        return e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "BigDecimal", "Double", "double", "Float", "float" -> "number";
            case "Long", "long", "Integer", "int", "Short", "short" -> "integer";
            case "Boolean", "boolean" -> "boolean";
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "YearMonth" -> "month (yyyy-MM)";
            case "Instant", "OffsetDateTime" -> "RFC 3339 timestamp";
            case "String" -> "string";
            default -> List.class.isAssignableFrom(type) ? "array" : "object";
        };
    }

    private record FieldPath(String name, boolean property) {
    }

    private static FieldPath fieldPath(Path path) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && !property.isEmpty()) {
                    property.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!property.isEmpty()) {
                        property.append('.');
                    }
                    property.append(node.getName());
                }
            }
        }
        if (!property.isEmpty()) {
            return new FieldPath(property.toString(), true);
        }
        return new FieldPath(parameter == null ? path.toString() : parameter, false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
