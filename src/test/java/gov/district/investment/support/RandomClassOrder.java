package gov.district.investment.support;

import java.util.Collections;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes in a new random order on every run, so a test that needs another to run
 * before it (or not to) fails here rather than on some later day. Quarkus groups its tests by
 * profile and hands the order within a group to this class (junit.quarkus.orderer.secondary-orderer,
 * set in the pom). The seed is printed; {@code -Dtest.order.seed=N} repeats an order.
 */
public class RandomClassOrder implements ClassOrderer {

    public static final String SEED_PROPERTY = "test.order.seed";

    private static final long SEED = Long.getLong(SEED_PROPERTY, ThreadLocalRandom.current().nextLong());
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    @Override
    public void orderClasses(ClassOrdererContext context) {
        if (ANNOUNCED.compareAndSet(false, true)) {
            System.out.println(
                    "Test classes in random order, seed " + SEED + " (repeat with -D" + SEED_PROPERTY + "=" + SEED + ")");
        }
        Collections.shuffle(context.getClassDescriptors(), new java.util.Random(SEED));
    }
}
