package gov.district.investment.platform.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request carries a request id: the caller's {@code X-Request-Id} when it is a sane token,
 * else a new UUID. It is put in the logging MDC as {@code requestId} (Quarkus keeps the MDC on the
 * request's Vert.x context, so every log line of the request carries it, on the event loop and on
 * the worker thread alike), returned in the {@code X-Request-Id} response header (which the access
 * log prints), and repeated in problem+json bodies as {@code requestId}.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** What a caller may send: a token of up to 128 safe characters (no spaces, quotes or control characters). */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    void install(@Observes Router router) {
        // before everything else, HttpLayerProblems' body-size check included (same order, registered first or not,
        // it only ever reads the id from the routing context)
        router.route().order(Integer.MIN_VALUE).handler(RequestIds::assign);
    }

    static void assign(RoutingContext ctx) {
        String id = accept(ctx.request().getHeader(HEADER));
        ctx.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
        ctx.next();
    }

    /** The caller's id when it is acceptable, else a fresh one. */
    public static String accept(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The current request's id, or null outside a request (a scheduled job). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The request id of a request the REST layer has not seen (the HTTP layer's own problems). */
    public static String of(RoutingContext ctx) {
        Object id = ctx.get(MDC_KEY);
        return id == null ? current() : id.toString();
    }
}
