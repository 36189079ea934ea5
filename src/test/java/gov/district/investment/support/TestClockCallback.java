package gov.district.investment.support;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Sets {@link TestClock} before every @QuarkusTest class and method (registered in META-INF/services,
 * so no test can forget it): the stated {@link BusinessTime}, else the suite's default today. A test
 * therefore never inherits a time that the previous test left behind.
 */
public class TestClockCallback implements QuarkusTestBeforeClassCallback, QuarkusTestBeforeEachCallback {

    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeClass(Class<?> testClass) {
        set(stated(testClass));
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Method method = context.getTestMethod();
        BusinessTime time = method == null ? null : method.getAnnotation(BusinessTime.class);
        set(time != null ? time : stated(context.getTestInstance().getClass()));
    }

    /** On the class, a superclass (@Inherited) or an enclosing class (for @Nested tests). */
    private static BusinessTime stated(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            BusinessTime time = c.getAnnotation(BusinessTime.class);
            if (time != null) {
                return time;
            }
        }
        return null;
    }

    private static void set(BusinessTime time) {
        if (time == null) {
            String clock = TestClock.describeDefault();
            if (ANNOUNCED.add(clock)) {
                System.out.println("Business clock for tests without @BusinessTime: " + clock);
            }
            TestClock.useDefault();
        } else {
            TestClock.at(time.value());
        }
    }
}
