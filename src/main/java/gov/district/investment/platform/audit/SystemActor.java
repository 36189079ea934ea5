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

    /** True while system work runs, so row-level checks know there is no caller to check. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /** The system identity of the work running on this thread, or null inside a caller's request. */
    public static String current() {
        return CURRENT.get();
    }
}
