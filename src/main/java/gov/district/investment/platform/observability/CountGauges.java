package gov.district.investment.platform.observability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A family of business gauges, one per value of one tag (e.g. projects by {@code stage}), whose
 * values are set by a periodic refresh, never computed per scrape: a scrape only reads numbers.
 * Values start at -1 ("not counted yet") so a dashboard can tell a fresh pod from a real zero.
 */
public final class CountGauges {

    private final Map<String, AtomicLong> values = new LinkedHashMap<>();

    public CountGauges(MeterRegistry registry, String name, String description, String tag, Iterable<String> tagValues) {
        for (String value : tagValues) {
            AtomicLong holder = new AtomicLong(-1);
            values.put(value, holder);
            Gauge.builder(name, holder, AtomicLong::doubleValue)
                    .description(description)
                    .tag(tag, value)
                    .register(registry);
        }
    }

    /** Sets every tag value: those missing from {@code counts} are zero. */
    public void set(Map<String, Long> counts) {
        values.forEach((value, holder) -> holder.set(counts.getOrDefault(value, 0L)));
    }
}
