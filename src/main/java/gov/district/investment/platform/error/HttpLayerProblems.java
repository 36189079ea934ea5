package gov.district.investment.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Errors the HTTP layer produces before the REST layer runs (a body over the size limit, a path
 * no resource serves) are rendered as problem+json too, so clients meet one error format.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    private final ObjectMapper mapper;

    public HttpLayerProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
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
        write(ctx, new Problem(type, detail, ctx.normalizedPath(), null, null));
    }

    void write(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            LOG.error("Cannot render problem", e);
            body = "{\"status\":" + problem.status + "}";
        }
        ctx.response()
                .setStatusCode(problem.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
