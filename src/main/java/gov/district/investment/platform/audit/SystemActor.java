package gov.district.investment.platform.audit;

import java.util.function.Supplier;

/** Names the audit identity of work that no caller asked for: scheduled jobs, demo data. */
public final class SystemActor {

    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SystemActor() {
    }

    public static <T> T callAs(String actor, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(String actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }

    static String current() {
        return CURRENT.get();
    }
}
