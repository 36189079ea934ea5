package gov.district.investment.pipeline.service;

import gov.district.investment.pipeline.api.PipelineStats;
import gov.district.investment.pipeline.api.UnitRanking;
import gov.district.investment.pipeline.domain.AnnualPlan;
import gov.district.investment.pipeline.domain.ExpectedProgress;
import gov.district.investment.pipeline.domain.ProjectLevel;
import gov.district.investment.pipeline.domain.ProjectStage;
import gov.district.investment.pipeline.domain.YearTarget;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.time.AsOf;
import gov.district.investment.platform.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.exception.RevisionDoesNotExistException;
import org.hibernate.envers.query.AuditEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The district's indicators ("对照指标，逐项检查"): stages, new and continuing starts, large projects
 * under construction, 竣工未投产, and investment against plan, 均衡进度 and target, overall and per
 * industry, area, unit and level. With {@code asOf}, stages come from the transitions recorded by
 * then, plans and targets from the audit trail, and completed investment from the report
 * revisions recorded by then.
 */
@ApplicationScoped
public class PipelineStatsService {

    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("10000"); // 1亿 in 万元
    private static final BigDecimal TEN_MILLION = new BigDecimal("1000");      // 1000万 in 万元

    private final EntityManager em;
    private final BusinessClock clock;
    private final ExpectedProgress.Basis basis;
    private final BigDecimal tolerance;

    public PipelineStatsService(EntityManager em, BusinessClock clock, AppConfig config) {
        this.em = em;
        this.clock = clock;
        this.basis = ExpectedProgress.Basis.valueOf(config.reporting().expectedRateBasis());
        this.tolerance = config.reporting().tolerance();
    }

    /** One project as the indicators see it at the as-of date. */
    private record Row(long id, String industry, String area, String unit, ProjectLevel level, BigDecimal total,
                       ProjectStage stage, LocalDate started) {
    }

    public PipelineStats pipeline(Integer year, LocalDate asOf) {
        LocalDate date = asOf == null ? clock.today() : asOf;
        int statsYear = year == null ? date.getYear() : year;
        Snapshot s = snapshot(statsYear, date, asOf != null);
        Map<String, List<PipelineStats.Group>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("industry", groups(s, Row::industry));
        breakdowns.put("area", groups(s, Row::area));
        breakdowns.put("unit", groups(s, Row::unit));
        breakdowns.put("level", groups(s, r -> r.level().name()));
        return new PipelineStats(statsYear, date, figures(s, s.rows, s.target), breakdowns);
    }

    public UnitRanking units(Integer year, LocalDate asOf) {
        LocalDate date = asOf == null ? clock.today() : asOf;
        int statsYear = year == null ? date.getYear() : year;
        Snapshot s = snapshot(statsYear, date, asOf != null);
        List<PipelineStats.Group> units = groups(s, Row::unit);
        units.sort(Comparator.comparing((PipelineStats.Group g) -> g.figures().completionRate(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(PipelineStats.Group::code));
        List<UnitRanking.Entry> entries = new ArrayList<>();
        for (PipelineStats.Group g : units) {
            PipelineStats.Figures f = g.figures();
            entries.add(new UnitRanking.Entry(entries.size() + 1, g.code(), f.plannedInvestment(), f.completedInvestment(),
                    f.completionRate(), f.expectedRate(), f.status()));
        }
        return new UnitRanking(statsYear, date, entries);
    }

    private record Snapshot(int year, LocalDate date, List<Row> rows, Map<Long, BigDecimal> planned,
                            Map<Long, BigDecimal> completed, BigDecimal target, BigDecimal expectedRate) {
    }

    private Snapshot snapshot(int year, LocalDate date, boolean historical) {
        AsOf.notAfter(historical ? date : null, clock.today());
        Instant until = date.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        Number revision = historical ? revisionAt(until) : null;
        return new Snapshot(year, date, rows(until, historical), planned(year, historical, revision),
                completed(year, date, until), target(year, historical, revision),
                ExpectedProgress.expectedRate(year, date, basis));
    }

    private List<Row> rows(Instant until, boolean historical) {
        List<Object[]> projects = em.createQuery("select p.id, p.industryCode, p.areaCode, p.ownerUnitCode, p.level, "
                        + "p.totalInvestment, p.stage, p.actualStartDate from Project p where p.createdAt < :until", Object[].class)
                .setParameter("until", until).getResultList();
        Map<Long, ProjectStage> stages = new HashMap<>();
        Map<Long, LocalDate> starts = new HashMap<>();
        if (historical) {
            // replay the transitions recorded by then, in order
            for (Object[] t : em.createQuery("select t.projectId, t.toStage, t.effectiveDate from ProjectTransition t "
                    + "where t.recordedAt < :until order by t.id", Object[].class).setParameter("until", until).getResultList()) {
                stages.put((Long) t[0], (ProjectStage) t[1]);
                if (t[1] == ProjectStage.CONSTRUCTION) {
                    starts.putIfAbsent((Long) t[0], (LocalDate) t[2]);
                }
            }
        }
        List<Row> rows = new ArrayList<>(projects.size());
        for (Object[] p : projects) {
            long id = (Long) p[0];
            ProjectStage stage = historical ? stages.getOrDefault(id, ProjectStage.PLANNING) : (ProjectStage) p[6];
            LocalDate started = historical ? starts.get(id) : (LocalDate) p[7];
            rows.add(new Row(id, (String) p[1], (String) p[2], (String) p[3], (ProjectLevel) p[4], (BigDecimal) p[5],
                    stage, started));
        }
        return rows;
    }

    /** The year's months up to the as-of month, each at its latest revision recorded by then. */
    private Map<Long, BigDecimal> completed(int year, LocalDate date, Instant until) {
        YearMonth last = ExpectedProgress.lastCountedMonth(year, date, basis);
        if (last == null) {
            return Map.of();
        }
        Map<String, Object[]> latest = new HashMap<>();
        for (Object[] r : em.createQuery("select r.projectId, r.month, r.revision, r.completedInvestment from MonthlyReport r "
                        + "where r.month >= :from and r.month <= :to and r.recordedAt < :until", Object[].class)
                .setParameter("from", YearMonth.of(year, 1).toString()).setParameter("to", last.toString())
                .setParameter("until", until).getResultList()) {
            latest.merge(r[0] + "/" + r[1], r, (a, b) -> (Integer) a[2] >= (Integer) b[2] ? a : b);
        }
        Map<Long, BigDecimal> sums = new HashMap<>();
        for (Object[] r : latest.values()) {
            sums.merge((Long) r[0], (BigDecimal) r[3], BigDecimal::add);
        }
        return sums;
    }

    private Map<Long, BigDecimal> planned(int year, boolean historical, Number revision) {
        Map<Long, BigDecimal> planned = new HashMap<>();
        for (AnnualPlan plan : historical ? atRevision(AnnualPlan.class, revision, "year", year)
                : em.createQuery("from AnnualPlan where year = :year", AnnualPlan.class).setParameter("year", year).getResultList()) {
            planned.put(plan.projectId, plan.plannedInvestment);
        }
        return planned;
    }

    private BigDecimal target(int year, boolean historical, Number revision) {
        List<YearTarget> targets = historical ? atRevision(YearTarget.class, revision, "year", year)
                : em.createQuery("from YearTarget where year = :year", YearTarget.class).setParameter("year", year).getResultList();
        return targets.isEmpty() ? null : targets.get(0).plannedInvestment;
    }

    private Number revisionAt(Instant until) {
        try {
            return AuditReaderFactory.get(em).getRevisionNumberForDate(Date.from(until.minusMillis(1)));
        } catch (RevisionDoesNotExistException e) {
            return null; // nothing audited yet by then
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> atRevision(Class<T> type, Number revision, String property, Object value) {
        if (revision == null) {
            return List.of();
        }
        AuditReader audit = AuditReaderFactory.get(em);
        return audit.createQuery().forEntitiesAtRevision(type, revision)
                .add(AuditEntity.property(property).eq(value)).getResultList();
    }

    private List<PipelineStats.Group> groups(Snapshot s, Function<Row, String> key) {
        Map<String, List<Row>> byKey = new TreeMap<>();
        for (Row row : s.rows) {
            byKey.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<PipelineStats.Group> groups = new ArrayList<>();
        byKey.forEach((code, rows) -> groups.add(new PipelineStats.Group(code, figures(s, rows, null))));
        return groups;
    }

    private PipelineStats.Figures figures(Snapshot s, List<Row> rows, BigDecimal target) {
        Map<ProjectStage, Long> byStage = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.values()) {
            byStage.put(stage, 0L);
        }
        LocalDate yearStart = LocalDate.of(s.year, 1, 1);
        LocalDate yearEnd = LocalDate.of(s.year, 12, 31);
        long newStarts = 0, continuing = 0, over100M = 0, over10M = 0, completedNotOperating = 0;
        BigDecimal planned = BigDecimal.ZERO.setScale(2);
        BigDecimal completed = BigDecimal.ZERO.setScale(2);
        for (Row r : rows) {
            byStage.merge(r.stage(), 1L, Long::sum);
            if (r.started() != null && !r.started().isBefore(yearStart) && !r.started().isAfter(yearEnd)
                    && !r.started().isAfter(s.date)) {
                newStarts++;
            }
            if (r.stage() == ProjectStage.CONSTRUCTION) {
                if (r.started() != null && r.started().isBefore(yearStart)) {
                    continuing++;
                }
                if (r.total().compareTo(HUNDRED_MILLION) >= 0) {
                    over100M++;
                }
                if (r.total().compareTo(TEN_MILLION) >= 0) {
                    over10M++;
                }
            }
            if (r.stage() == ProjectStage.COMPLETED) {
                completedNotOperating++;
            }
            planned = planned.add(s.planned.getOrDefault(r.id(), BigDecimal.ZERO));
            completed = completed.add(s.completed.getOrDefault(r.id(), BigDecimal.ZERO));
        }
        BigDecimal rate = ExpectedProgress.completionRate(planned, completed);
        return new PipelineStats.Figures(byStage, newStarts, continuing, over100M, over10M, completedNotOperating,
                planned, completed, rate, s.expectedRate, ExpectedProgress.status(rate, s.expectedRate, completed, tolerance),
                target, ExpectedProgress.completionRate(target, completed));
    }
}
