package gov.district.investment.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Browser-facing hardening headers on every response, the HTTP layer's own problems (413, 404 on
 * an unknown path) included: the headers are added when the response head is written, whoever
 * writes it. The API answers JSON and files only, so nothing may be framed, sniffed as another
 * type, cached by a shared cache or sent on as a referrer. Swagger UI and the dev UI are pages with
 * scripts, so they keep the framing and sniffing rules but get no content security policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** One year; browsers ignore it on plain HTTP, the ingress terminates TLS. */
    static final String HSTS = "max-age=31536000";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(SecurityHeaders::onRequest);
    }

    static void onRequest(RoutingContext ctx) {
        boolean page = isPage(ctx.normalizedPath());
        ctx.addHeadersEndHandler(v -> apply(ctx.response().headers(), page));
        ctx.next();
    }

    static void apply(MultiMap headers, boolean page) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Strict-Transport-Security", HSTS);
        if (!page) {
            headers.set("Content-Security-Policy", API_CSP);
            // Answers carry personal and unpublished figures: never kept by a browser or proxy cache.
            if (!headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        }
    }

    private static boolean isPage(String path) {
        return path != null && (path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev"));
    }
}
