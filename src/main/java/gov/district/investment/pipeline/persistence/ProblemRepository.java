package gov.district.investment.pipeline.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.pipeline.api.EscalationLevel;
import gov.district.investment.pipeline.api.ProblemFilter.ProblemQuery;
import gov.district.investment.pipeline.domain.Problem;
import gov.district.investment.pipeline.domain.ProblemEscalation;
import gov.district.investment.pipeline.domain.ProblemStatus;
import gov.district.investment.platform.audit.AuditAsOf;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProblemRepository implements PanacheRepository<Problem> {

    /** Name of the problem totals in the {@link TotalsCache}. */
    public static final String TOTALS = TotalsInvalidation.listOf(Problem.class);

    private record TotalsKey(ProblemQuery query, LocalDate today) {
    }

    /** @param today the business day that decides {@code overdue} */
    public PanachePaging.Slice<Problem> list(ProblemQuery q, PageRequest page, LocalDate today, TotalsCache totals) {
        Filter f = filter(q, today);
        PanacheQuery<Problem> query = f.jpql().isEmpty() ? findAll(PanachePaging.sort(page))
                : find(f.jpql(), PanachePaging.sort(page), f.params());
        return PanachePaging.page(query, page, totals, TOTALS, new TotalsKey(q, q.overdue() == null ? null : today));
    }

    /** The next {@code size} problems under the list's filter with an id above {@code afterId}, by id (keyset, for exports). */
    public List<Problem> batch(ProblemQuery q, LocalDate today, long afterId, int size) {
        Filter f = filter(q, today);
        return find((f.jpql().isEmpty() ? "" : "(" + f.jpql() + ") and ") + "id > :afterId", Sort.by("id"),
                f.params().and("afterId", afterId)).page(0, size).list();
    }

    private record Filter(String jpql, Parameters params) {
    }

    private Filter filter(ProblemQuery q, LocalDate today) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!q.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.and("statuses", q.statuses());
        }
        if (q.unit() != null) {
            where.add("responsibleUnitCode = :unit");
            params.and("unit", q.unit());
        }
        if (!q.categories().isEmpty()) {
            where.add("category in :categories");
            params.and("categories", q.categories());
        }
        if (!q.levels().isEmpty()) {
            where.add("escalationLevel in :levels");
            params.and("levels", q.levels());
        }
        if (q.overdue() != null) {
            String overdue = "(status in :open and dueDate < :today)";
            where.add(q.overdue() ? overdue : "not " + overdue);
            params.and("open", ProblemStatus.openStatuses());
            params.and("today", today);
        }
        if (q.projectId() != null) {
            where.add("projectId = :project");
            params.and("project", q.projectId());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        return new Filter(String.join(" and ", where), params);
    }

    /** Ids of open problems past their deadline below the top level: what the escalation job raises. */
    public List<Long> overdueEscalatable(LocalDate today) {
        return getEntityManager().createQuery("select id from Problem where status in :open and dueDate < :today"
                + " and escalationLevel <> :top order by dueDate, id", Long.class)
                .setParameter("open", ProblemStatus.openStatuses())
                .setParameter("today", today)
                .setParameter("top", EscalationLevel.DISTRICT)
                .getResultList();
    }

    /** Open problems, optionally at one level, of some projects and of one unit; oldest deadline first. */
    public List<Problem> open(EscalationLevel level, Collection<Long> projectIds, String unit) {
        StringBuilder jpql = new StringBuilder("status in :open");
        Parameters params = Parameters.with("open", ProblemStatus.openStatuses());
        if (level != null) {
            jpql.append(" and escalationLevel = :level");
            params.and("level", level);
        }
        if (projectIds != null) {
            jpql.append(" and projectId in :projects");
            params.and("projects", projectIds);
        }
        if (unit != null) {
            jpql.append(" and responsibleUnitCode = :unit");
            params.and("unit", unit);
        }
        return list(jpql.append(" order by dueDate, id").toString(), params);
    }

    public Page<ProblemEscalation> escalations(long problemId, PageRequest page) {
        return PanachePaging.page(getEntityManager(), ProblemEscalation.class, "from ProblemEscalation where problemId = :id",
                "id", Map.of("id", problemId), page);
    }

    public List<ProblemEscalation> escalations(long problemId) {
        return getEntityManager()
                .createQuery("from ProblemEscalation where problemId = :id order by id", ProblemEscalation.class)
                .setParameter("id", problemId)
                .getResultList();
    }

    public ProblemEscalation escalation(long problemId, long escalationId) {
        return getEntityManager()
                .createQuery("from ProblemEscalation where problemId = :problem and id = :id", ProblemEscalation.class)
                .setParameter("problem", problemId)
                .setParameter("id", escalationId)
                .getResultStream().findFirst().orElse(null);
    }

    public void persistEscalation(ProblemEscalation escalation) {
        getEntityManager().persist(escalation);
    }

    public List<Problem> ofProject(long projectId) {
        return list("projectId", projectId);
    }

    /** The problems of these projects that were open at {@code until}, with their level then (audit trail). */
    public Map<Long, EscalationLevel> openLevelsAt(Collection<Long> projectIds, Instant until) {
        Map<Long, EscalationLevel> levels = new TreeMap<>();
        if (projectIds.isEmpty()) {
            return levels;
        }
        String open = ProblemStatus.openStatuses().stream().map(st -> "'" + st.name() + "'").collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select a.id, a.escalation_level from problem_aud a"
                + " where a.project_id in (:ids) and a.status in (" + open + ") and " + AuditAsOf.isStateAt("problem_aud"))
                .setParameter("ids", projectIds).setParameter(AuditAsOf.UNTIL, AuditAsOf.until(until)).getResultList();
        rows.forEach(r -> levels.put(((Number) r[0]).longValue(), EscalationLevel.valueOf((String) r[1])));
        return levels;
    }
}
