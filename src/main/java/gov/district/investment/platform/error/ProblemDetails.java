package gov.district.investment.platform.error;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import gov.district.investment.platform.domain.FieldError;
import gov.district.investment.platform.observability.RequestIds;

/** RFC 9457 problem details, the body of every error this service returns (its contract: ApiConventionsFilter). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "requestId", "errors" })
public final class ProblemDetails {

    public static final String MEDIA_TYPE = "application/problem+json";

    public final URI type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    /** The request's id (X-Request-Id), so a caller can quote it and support can find the request's log lines. */
    public final String requestId;
    public final List<FieldError> errors;

    private final Map<String, Object> extensions;

    public ProblemDetails(ProblemType type, String detail, String instance, List<FieldError> errors,
            Map<String, Object> extensions) {
        this.type = type.uri();
        this.title = type.title();
        this.status = type.status();
        this.detail = detail;
        this.instance = instance;
        this.requestId = RequestIds.current();
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Problem-type specific members, e.g. {@code allowedTargets} of an illegal transition. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
