package gov.district.investment.platform.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed application settings (prefix {@code app}); every value can be overridden from the environment. */
@ConfigMapping(prefix = "app")
public interface AppConfig {

    /** Zone of business dates: "today", "overdue", reporting deadlines. */
    @WithDefault("Asia/Shanghai")
    ZoneId businessZone();

    Idempotency idempotency();

    ConflictRetry conflictRetry();

    Paging paging();

    TokenCache tokenCache();

    Reporting reporting();

    Stats stats();

    Escalation escalation();

    Metrics metrics();

    /** Business gauges on /q/metrics (projects by stage, open problems by level, overdue decisions). */
    interface Metrics {
        /** How often each replica recounts them with indexed COUNT queries; a scrape only reads the last counts. */
        @WithDefault("30s")
        String refreshEvery();
    }

    Leads leads();

    /** The investment-lead pool (招商引资). */
    interface Leads {
        /** An open lead with no follow-up for this many days or more is stale (filter stale=true). */
        @WithDefault("30")
        int staleAfterDays();
    }

    interface Stats {
        /**
         * Computed indicators are reused while the data behind them is unchanged (checked on every
         * request); this bounds how many (year, date) answers are kept.
         */
        @WithDefault("16")
        int cacheEntries();

        /** Backstop: an answer is recomputed at least this often even when nothing seems to change. */
        @WithDefault("PT10M")
        Duration cacheTtl();

        /**
         * false stops the trigger that computes last month-end's indicators ahead of the first
         * request (StatsSnapshotJob); a request still computes and keeps them.
         */
        @WithDefault("true")
        boolean snapshotJobEnabled();

        /** How often each replica checks that last month-end's indicators are kept (read by @Scheduled). */
        @WithDefault("1h")
        String snapshotJobEvery();

        /** How long after start the first check runs (read by @Scheduled). */
        @WithDefault("30s")
        String snapshotJobDelay();

        /** How long one replica may hold the snapshot job before another may take over. */
        @WithDefault("PT10M")
        Duration snapshotJobLease();
    }

    /** The problem-escalation job (分级调度 by rule). */
    interface Escalation {
        /** false stops the scheduled trigger; manual escalations still work. */
        @WithDefault("true")
        boolean enabled();

        /** How often each replica checks whether the current period's run is still due (the @Scheduled interval). */
        @WithDefault("15m")
        String every();

        /** One run per period, counted from midnight in the business zone: P1D escalates once per business day. */
        @WithDefault("P1D")
        Duration period();

        /** How long a replica holds the job's lease; longer than a run ever takes, short enough to recover from a dead pod. */
        @WithDefault("PT10M")
        Duration lease();

        /** Days the district leader in charge gets, from the day of escalation, to settle a problem raised to LEADER. */
        @WithDefault("7")
        int leaderDays();

        /** Days the district government gets, from the day of escalation, for a problem raised to DISTRICT. */
        @WithDefault("5")
        int districtDays();
    }

    interface Reporting {
        /** A month's report may be written freely until this day of the next month; later needs a reason. */
        @WithDefault("10")
        int deadlineDay();

        /** 均衡进度 counts whole months ended (MONTHS, as the monthly reports do) or days elapsed (DAYS). */
        @WithDefault("MONTHS")
        String expectedRateBasis();

        /** BEHIND or AHEAD only when the completion rate misses 均衡进度 by more than this fraction. */
        @WithDefault("0.05")
        java.math.BigDecimal tolerance();
    }

    Imports imports();

    /** Spreadsheet imports (POST .../import). */
    interface Imports {
        /** Largest file accepted, bytes; larger is 413. */
        @WithDefault("5242880")
        long maxBytes();

        /** Most data rows in one file; more is 413. */
        @WithDefault("5000")
        int maxRows();
    }

    Exports exports();

    interface Exports {
        /**
         * How long one export's read transaction may run. The download is paced by the client, so
         * a large export on a slow line outlives the default transaction timeout (30 s).
         */
        @WithDefault("PT15M")
        Duration transactionTimeout();
    }

    Http http();

    /** Limits the HTTP layer enforces itself, so that they are answered as problem+json. */
    interface Http {
        /**
         * Largest body a request other than an import may send (declared or chunked); larger is 413.
         * The HTTP layer's own cap, quarkus.http.limits.max-body-size, must leave room for an import.
         */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();

        /**
         * The longest request target (path and query) served. The HTTP codec's own line limit is
         * set far above it (quarkus.http.limits.max-initial-line-length), because the codec answers
         * an empty 414 that no handler can shape (quarkus#55082).
         */
        @WithDefault("8192")
        int maxUriLength();
    }

    /** Prefix of server-made project codes, as in XM-2026-0001. */
    @WithDefault("XM")
    String projectCodePrefix();

    interface Idempotency {
        /** How long a key's first response is replayed. */
        @WithDefault("PT24H")
        Duration window();

        /** A reservation still "in progress" after this long is taken to be abandoned (crashed pod). */
        @WithDefault("PT10M")
        Duration abandonAfter();

        /** Seconds a client is told to wait when its replay races the first request. */
        @WithDefault("1")
        int retryAfterSeconds();
    }

    interface ConflictRetry {
        /** Attempts for a transaction that lost an optimistic-lock race or hit a deadlock. */
        @WithDefault("4")
        int attempts();
    }

    interface TokenCache {
        /** Verified bearer tokens remembered (a few KB each); 0 verifies every request. */
        @WithDefault("2000")
        int maxEntries();

        /** Longest a verified token is trusted without verifying it again (never past its exp). */
        @WithDefault("PT5M")
        Duration ttl();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("200")
        int maxSize();

        /** How long a list's total count is reused; 0 counts on every request. */
        @WithDefault("PT5S")
        Duration totalsTtl();

        @WithDefault("10000")
        int totalsMaxEntries();
    }
}
