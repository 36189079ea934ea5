package gov.district.investment.platform.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details, the body of every error this service returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(example = "urn:district-investment:problem:validation")
    public final URI type;
    @Schema(example = "Validation failed")
    public final String title;
    @Schema(example = "422")
    public final int status;
    @Schema(example = "1 field is invalid")
    public final String detail;
    @Schema(example = "/api/v1/projects")
    public final String instance;
    @Schema(description = "Each bad field, body property or parameter.")
    public final List<FieldError> errors;

    private final Map<String, Object> extensions;

    public Problem(ProblemType type, String detail, String instance, List<FieldError> errors, Map<String, Object> extensions) {
        this.type = type.uri();
        this.title = type.title();
        this.status = type.status();
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Problem-type specific members, e.g. {@code allowedTargets} of an illegal transition. */
    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> extensions() {
        return extensions;
    }
}
