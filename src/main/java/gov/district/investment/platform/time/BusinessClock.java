package gov.district.investment.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import gov.district.investment.platform.config.AppConfig;

/**
 * The one source of "now" and "today". Business dates are Asia/Shanghai whatever the server's
 * zone (pods run in UTC, and between 00:00 and 08:00 Beijing time the two days differ).
 * Tests run on a subclass that overrides {@link #clock()} (the suite's one test clock).
 */
@ApplicationScoped
public class BusinessClock {

    private Clock clock;

    protected BusinessClock() {
        // for CDI proxies
    }

    @Inject
    public BusinessClock(AppConfig config) {
        this(Clock.system(config.businessZone()));
    }

    public BusinessClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * Current instant in whole seconds: what every supported database keeps. (MariaDB announces
     * itself as MySQL 5.5.5, so Connector/J drops fractional seconds when writing to it; a value
     * with a fraction would read back different from what the API first returned.)
     */
    public Instant now() {
        return clock().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public int currentYear() {
        return today().getYear();
    }

    public ZoneId zone() {
        return clock().getZone();
    }

    /** The clock every other method reads. */
    protected Clock clock() {
        return clock;
    }
}
