package gov.district.investment.leads.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import gov.district.investment.leads.api.LeadStats;
import gov.district.investment.leads.domain.LeadStage;
import gov.district.investment.pipeline.api.YearTargets;
import gov.district.investment.platform.audit.AuditAsOf;
import gov.district.investment.platform.persistence.AnalyticQuery;
import gov.district.investment.platform.time.AsOf;
import gov.district.investment.platform.time.BusinessClock;

/**
 * The lead funnel of a year's cohort. Definitions (also in the OpenAPI description):
 * <ul>
 * <li>cohort: leads created in the year (Asia/Shanghai), read as they stood in the audit trail at
 * the end of {@code asOf} (a unit caller: only the leads it held then);</li>
 * <li>count per stage: cohort leads in that stage at {@code asOf};</li>
 * <li>reached(k) on the main path CLUE → CONTACTED → NEGOTIATING → SIGNED → LANDED → CONVERTED: the
 * lead's furthest main-path stage ever entered (transitions effective and recorded by asOf, a
 * dropped lead counting the stage it left) is k or later; reached(DROPPED): ever dropped;</li>
 * <li>conversion rate k → k+1 = reached(k+1) / reached(k), 4 decimals;</li>
 * <li>median days in a stage: over the stays that ended by asOf, entry (creation for CLUE, else the
 * effective date of the transition in) to the effective date of the transition out;</li>
 * <li>signed investment: contractInvestment of leads whose signedDate lies in the year up to asOf,
 * whatever year they were created in, against the year's signedLeadInvestment target.</li>
 * </ul>
 */
@ApplicationScoped
public class LeadStatsService {

    private static final List<LeadStage> MAIN = List.of(LeadStage.CLUE, LeadStage.CONTACTED, LeadStage.NEGOTIATING,
            LeadStage.SIGNED, LeadStage.LANDED, LeadStage.CONVERTED);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final EntityManager em;
    private final BusinessClock clock;
    private final LeadAccess access;
    private final YearTargets targets;

    public LeadStatsService(EntityManager em, BusinessClock clock, LeadAccess access, YearTargets targets) {
        this.em = em;
        this.clock = clock;
        this.access = access;
        this.targets = targets;
    }

    /** One lead as the funnel needs it. */
    private static final class Row {
        String channel, industry, chainRole, unit;
        LeadStage stage;
        BigDecimal intended, contract;
        LocalDate createdOn, signedDate;
        boolean cohort;
        int furthest;
        boolean dropped;
        LocalDate entry;
        LeadStage current = LeadStage.CLUE;
        final Map<LeadStage, List<Long>> stays = new HashMap<>();
    }

    @Transactional
    public LeadStats funnel(Integer yearParam, LocalDate asOfParam) {
        LocalDate today = clock.today();
        AsOf.notAfter(asOfParam, today);
        LocalDate asOf = asOfParam == null ? today : asOfParam;
        int year = yearParam == null ? asOf.getYear() : yearParam;
        Instant until = asOf.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        Optional<String> unit = access.confinedToUnit();

        Map<String, Object> params = new HashMap<>();
        params.put(AuditAsOf.UNTIL, AuditAsOf.until(until));
        params.put("from", yearStart.atStartOfDay(clock.zone()).toInstant());
        params.put("to", yearStart.plusYears(1).atStartOfDay(clock.zone()).toInstant());
        params.put("signedFrom", yearStart);
        params.put("signedTo", asOf);
        params.put("asOf", asOf);
        params.put("until", until);
        params.put("unit", unit.orElse(""));
        String leadsAsOf = AuditAsOf.rows("investment_lead_aud");
        String where = " where ((l.created_at >= :from and l.created_at < :to) or (l.signed_date >= :signedFrom and l.signed_date <= :signedTo))"
                + (unit.isPresent() ? " and l.owner_unit_code = :unit" : "");
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Object[] r : AnalyticQuery.run(em,
                "select l.id, l.channel, l.industry_code, l.chain_role, l.owner_unit_code, l.stage,"
                        + " l.intended_investment, l.contract_investment, l.created_at, l.signed_date from " + leadsAsOf + " l"
                        + where
                        + " order by l.id",
                params)) {
            Row row = new Row();
            row.channel = (String) r[1];
            row.industry = (String) r[2];
            row.chainRole = r[3] == null ? "UNSPECIFIED" : (String) r[3];
            row.unit = (String) r[4];
            row.stage = LeadStage.valueOf((String) r[5]);
            row.intended = amount(r[6]);
            row.contract = amount(r[7]);
            row.createdOn = instant(r[8]).atZone(clock.zone()).toLocalDate();
            row.signedDate = date(r[9]);
            row.cohort = row.createdOn.getYear() == year;
            row.entry = row.createdOn;
            rows.put(((Number) r[0]).longValue(), row);
        }
        for (Object[] t : AnalyticQuery.run(em,
                "select t.lead_id, t.from_stage, t.to_stage, t.effective_date from lead_transition t"
                        + " join " + leadsAsOf + " l on l.id = t.lead_id" + where
                        + " and t.effective_date <= :asOf and t.recorded_at < :until order by t.lead_id, t.id",
                params)) {
            Row row = rows.get(((Number) t[0]).longValue());
            if (row == null) {
                continue;
            }
            LeadStage from = LeadStage.valueOf((String) t[1]);
            LeadStage to = LeadStage.valueOf((String) t[2]);
            LocalDate effective = date(t[3]);
            if (from != LeadStage.DROPPED) {
                row.stays.computeIfAbsent(from, s -> new ArrayList<>()).add(ChronoUnit.DAYS.between(row.entry, effective));
            }
            row.entry = effective;
            row.furthest = Math.max(row.furthest, Math.max(rank(from), rank(to)));
            row.dropped |= to == LeadStage.DROPPED;
        }
        rows.values().forEach(r -> r.furthest = Math.max(r.furthest, rank(r.stage)));

        List<Row> all = List.copyOf(rows.values());
        Map<String, Function<Row, String>> dimensions = new LinkedHashMap<>();
        dimensions.put("channel", r -> r.channel);
        dimensions.put("industry", r -> r.industry);
        dimensions.put("chainRole", r -> r.chainRole);
        dimensions.put("unit", r -> r.unit);
        Map<String, List<LeadStats.Group>> breakdowns = new LinkedHashMap<>();
        dimensions.forEach((name, code) -> {
            Map<String, List<Row>> byCode = new TreeMap<>();
            all.forEach(r -> byCode.computeIfAbsent(code.apply(r), c -> new ArrayList<>()).add(r));
            List<LeadStats.Group> groups = new ArrayList<>();
            byCode.forEach((c, rs) -> groups.add(new LeadStats.Group(c, figures(rs, yearStart, asOf))));
            breakdowns.put(name, groups);
        });
        LeadStats.Figures total = figures(all, yearStart, asOf);
        BigDecimal target = targets.signedLeadInvestmentAsOf(year, until);
        BigDecimal rate = target == null || target.signum() == 0 ? null
                : total.signedInvestment().divide(target, 4, RoundingMode.HALF_UP);
        return new LeadStats(year, asOf, total, target, rate, breakdowns);
    }

    private static LeadStats.Figures figures(List<Row> rows, LocalDate yearStart, LocalDate asOf) {
        List<Row> cohort = rows.stream().filter(r -> r.cohort).toList();
        BigDecimal signed = ZERO;
        for (Row r : rows) {
            if (r.signedDate != null && !r.signedDate.isBefore(yearStart) && !r.signedDate.isAfter(asOf)) {
                signed = signed.add(r.contract);
            }
        }
        List<LeadStats.Stage> stages = new ArrayList<>();
        for (LeadStage stage : LeadStage.values()) {
            long count = 0;
            BigDecimal intended = ZERO, contract = ZERO;
            List<Long> stays = new ArrayList<>();
            for (Row r : cohort) {
                if (r.stage == stage) {
                    count++;
                    intended = intended.add(r.intended);
                    contract = contract.add(r.contract);
                }
                stays.addAll(r.stays.getOrDefault(stage, List.of()));
            }
            long reached = reached(cohort, stage);
            BigDecimal conversion = null;
            int rank = rank(stage);
            if (rank >= 0 && rank < MAIN.size() - 1 && reached > 0) {
                conversion = BigDecimal.valueOf(reached(cohort, MAIN.get(rank + 1)))
                        .divide(BigDecimal.valueOf(reached), 4, RoundingMode.HALF_UP);
            }
            stages.add(new LeadStats.Stage(stage, count, intended, contract, reached, conversion, median(stays)));
        }
        return new LeadStats.Figures(cohort.size(), stages, signed);
    }

    private static long reached(List<Row> cohort, LeadStage stage) {
        if (stage == LeadStage.DROPPED) {
            return cohort.stream().filter(r -> r.dropped || r.stage == LeadStage.DROPPED).count();
        }
        int rank = rank(stage);
        return cohort.stream().filter(r -> r.furthest >= rank).count();
    }

    static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        long sum = n % 2 == 1 ? 2 * sorted.get(n / 2) : sorted.get(n / 2 - 1) + sorted.get(n / 2);
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** Position on the main path; -1 for DROPPED. */
    private static int rank(LeadStage stage) {
        return MAIN.indexOf(stage);
    }

    private static BigDecimal amount(Object value) {
        return value == null ? ZERO : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    /** DATETIME columns hold UTC wall-clock time (see AnalyticQuery). */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Instant t) {
            return t;
        }
        return LocalDateTime.parse(value.toString().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
