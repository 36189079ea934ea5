package gov.district.investment.platform.concurrency;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;

/** Runs before (outside) the transaction interceptor, whose priority is PLATFORM_BEFORE + 200. */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class);
    private static final long BACKOFF_MILLIS = 15;

    private final int attempts;

    public RetryOnConflictInterceptor(AppConfig config) {
        this.attempts = Math.max(1, config.conflictRetry().attempts());
    }

    @AroundInvoke
    Object retry(InvocationContext ctx) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return ctx.proceed();
            } catch (Exception e) {
                // A unique key refusing an insert is a race too: the next attempt sees the winner's
                // row (an upsert becomes an update, a create meets the service's duplicate check).
                boolean duplicate = DatabaseErrors.isConstraintViolation(e);
                if (!duplicate && !DatabaseErrors.isConflict(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    LOG.debugf("Giving up %s after %d conflicting attempts", ctx.getMethod().getName(), attempt);
                    throw (duplicate
                            ? new ProblemException(ProblemType.DUPLICATE, "The request conflicts with an existing record")
                            : ProblemException.conflict("The record was changed concurrently; read it again and retry"))
                            .header("Retry-After", "1");
                }
                // Jitter so that the racers do not collide again in lock-step.
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, BACKOFF_MILLIS * attempt));
            }
        }
    }
}
