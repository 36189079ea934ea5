package gov.district.investment.platform.concurrency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Re-runs a whole transactional service method when it lost a race: an optimistic-lock
 * failure, a deadlock (MariaDB 1213), a lock wait timeout (1205) or a unique key taken by a
 * concurrent insert. Put it beside
 * {@code @Transactional}; it wraps outside the transaction, so each attempt starts fresh.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RetryOnConflict {
}
