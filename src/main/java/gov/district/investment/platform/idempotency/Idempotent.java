package gov.district.investment.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a POST resource method returning {@code Response}: the method runs at most once per
 * {@code Idempotency-Key} ({@link Idempotency}), its JSON body being the request compared on a
 * replay. The contract documents the header on every POST (ApiConventionsFilter).
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
