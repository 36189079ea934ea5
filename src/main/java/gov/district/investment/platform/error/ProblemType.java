package gov.district.investment.platform.error;

import java.net.URI;

/** The catalogue of problem types this service answers with; the slug is part of the contract. */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request", "bad-request"),
    UNAUTHORIZED(401, "Authentication required", "unauthorized"),
    FORBIDDEN(403, "Forbidden", "forbidden"),
    NOT_FOUND(404, "Not found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable", "not-acceptable"),
    CONFLICT(409, "Conflict", "conflict"),
    ILLEGAL_TRANSITION(409, "Illegal transition", "illegal-transition"),
    DUPLICATE(409, "Duplicate", "duplicate"),
    IDEMPOTENCY_IN_PROGRESS(409, "Request with this Idempotency-Key is still in progress", "idempotency-in-progress"),
    PRECONDITION_FAILED(412, "Precondition failed", "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "payload-too-large"),
    URI_TOO_LONG(414, "URI too long", "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "unsupported-media-type"),
    VALIDATION(422, "Validation failed", "validation"),
    IDEMPOTENCY_MISMATCH(422, "Idempotency-Key reused with a different request", "idempotency-mismatch"),
    INTERNAL(500, "Internal error", "internal"),
    UNAVAILABLE(503, "Service unavailable", "unavailable");

    private static final String BASE = "urn:district-investment:problem:";

    private final int status;
    private final String title;
    private final URI type;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.type = URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return type;
    }
}
