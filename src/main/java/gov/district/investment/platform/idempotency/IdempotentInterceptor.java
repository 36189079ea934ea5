package gov.district.investment.platform.idempotency;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * Runs an {@link Idempotent} resource method through {@link Idempotency}: the key from the
 * request header, the scope from the caller, the path and the query, the request from the
 * method's body parameter. Inside bean validation (a higher priority runs later), so an invalid
 * body is refused before a key is reserved.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotentInterceptor {

    /** Per method, the index of the body parameter (the one without a JAX-RS annotation), -1 without. */
    private static final Map<Method, Integer> BODY_PARAMETER = new ConcurrentHashMap<>();

    private final Idempotency idempotency;
    private final CurrentVertxRequest current;

    public IdempotentInterceptor(Idempotency idempotency, CurrentVertxRequest current) {
        this.idempotency = idempotency;
        this.current = current;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        HttpServerRequest request = current.getCurrent().request();
        String scope = request.query() == null ? request.path() : request.path() + '?' + request.query();
        int body = BODY_PARAMETER.computeIfAbsent(invocation.getMethod(), IdempotentInterceptor::bodyIndex);
        Object entity = body < 0 ? null : invocation.getParameters()[body];
        return idempotency.execute(request.getHeader(Idempotency.HEADER), scope, entity, () -> proceed(invocation));
    }

    private static Response proceed(InvocationContext invocation) {
        try {
            return (Response) invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int bodyIndex(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean bound = false;
            for (Annotation a : annotations[i]) {
                String type = a.annotationType().getName();
                bound |= type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.reactive.");
            }
            if (!bound) {
                return i;
            }
        }
        return -1;
    }
}
