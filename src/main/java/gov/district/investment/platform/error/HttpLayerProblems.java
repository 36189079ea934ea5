package gov.district.investment.platform.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.district.investment.platform.config.AppConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Errors the HTTP layer produces before the REST layer runs (a body over the size limit, a request
 * target too long, a path no resource serves) are rendered as problem+json too, so clients meet
 * one error format.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    /** Room for a multipart form's boundaries and part headers around an import file. */
    private static final long MULTIPART_FRAMING = 64 * 1024;

    private final ObjectMapper mapper;
    /** The HTTP layer's cap: what an import may send. */
    private final long maxBodySize;
    /** What every other request may send. */
    private final long maxOtherBodySize;
    private final int maxUriLength;

    public HttpLayerProblems(ObjectMapper mapper, AppConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxOtherBodySize = Math.min(this.maxBodySize, config.http().maxBodySize().asLongValue());
        this.maxUriLength = config.http().maxUriLength();
        long importNeeds = config.imports().maxBytes() + MULTIPART_FRAMING;
        if (this.maxBodySize < importNeeds) {
            LOG.warnf(
                    "quarkus.http.limits.max-body-size (%d bytes) is below app.imports.max-bytes plus multipart framing (%d bytes):"
                            + " uploads in between get the HTTP layer's 413, not the import's",
                    this.maxBodySize, importNeeds);
        }
    }

    void install(@Observes Router router) {
        // Runs before Quarkus' own Content-Length check, which would answer 413 with an empty body.
        // (just after RequestIds, so its 413 carries the request id too)
        router.route().order(Integer.MIN_VALUE + 1).handler(this::checkLimits);
        // A chunked body declares no length: the REST layer's reader would find it too large only
        // while reading, answer an empty 413 and fail (found by FuzzIT). It is read here instead, up
        // to the limit; an oversize one fails the route with 413 (rendered below), the rest is handed
        // to the REST layer, which takes an already-read body as it is. Imports are left to the REST
        // layer's own reading (a multipart file is spooled to disk there, not held in memory here).
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxOtherBodySize);
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)
                    && !isImport(ctx)) {
                chunked.handle(ctx);
            } else {
                ctx.next();
            }
        });
        // Chunked bodies are only found too large while being read; those arrive here as failures.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    private void checkLimits(RoutingContext ctx) {
        if (ctx.request().uri().length() > maxUriLength) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            write(ctx,
                    new ProblemDetails(ProblemType.URI_TOO_LONG, "The request target exceeds " + maxUriLength + " characters",
                            ctx.normalizedPath().length() > maxUriLength ? null : ctx.normalizedPath(), null, null));
            return;
        }
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !isMediaType(contentType)) {
            // the REST layer would fail parsing it while choosing a method, and answer 500
            write(ctx, new ProblemDetails(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The Content-Type is not a media type",
                    ctx.normalizedPath(), null, null));
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                // imports carry files: they get the HTTP cap, and the importer checks the file itself
                long limit = isImport(ctx) ? maxBodySize : maxOtherBodySize;
                if (Long.parseLong(length.trim()) > limit) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                    write(ctx, new ProblemDetails(ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body exceeds the limit of " + limit + " bytes", ctx.normalizedPath(), null, null));
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, new ProblemDetails(ProblemType.BAD_REQUEST, "Invalid Content-Length", ctx.normalizedPath(), null,
                        null));
                return;
            }
        }
        ctx.next();
    }

    private static boolean isMediaType(String value) {
        try {
            jakarta.ws.rs.core.MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isImport(RoutingContext ctx) {
        return ctx.normalizedPath().endsWith("/import");
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (ctx.statusCode() == 413) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        }
        int status = ctx.statusCode();
        ProblemType type = switch (status) {
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 400 -> ProblemType.BAD_REQUEST;
            default -> null;
        };
        if (type == null) {
            ctx.next();
            return;
        }
        String detail = switch (type) {
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the size limit";
            case NOT_FOUND -> "No resource at " + ctx.normalizedPath();
            default -> type.title();
        };
        write(ctx, new ProblemDetails(type, detail, ctx.normalizedPath(), null, null));
    }

    void write(RoutingContext ctx, ProblemDetails problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            LOG.error("Cannot render problem", e);
            body = "{\"status\":" + problem.status + "}";
        }
        ctx.response()
                .setStatusCode(problem.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE)
                .end(body);
    }
}
