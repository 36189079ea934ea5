package gov.district.investment.pipeline.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.pipeline.api.MilestoneFilter.MilestoneQuery;
import gov.district.investment.pipeline.domain.Milestone;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepository<Milestone> {

    /** Name of the milestone totals in the {@link TotalsCache}. */
    public static final String TOTALS = TotalsInvalidation.listOf(Milestone.class);

    private record TotalsKey(MilestoneQuery query, LocalDate today) {
    }

    /** @param today the business day that decides {@code overdue} */
    public PanachePaging.Slice<Milestone> list(MilestoneQuery q, PageRequest page, LocalDate today, TotalsCache totals) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.projectId() != null) {
            where.add("projectId = :project");
            params.and("project", q.projectId());
        }
        if (q.overdue() != null) {
            String overdue = "(doneDate is null and dueDate < :today)";
            where.add(q.overdue() ? overdue : "not " + overdue);
            params.and("today", today);
        }
        if (q.unit() != null) {
            where.add("responsibleUnitCode = :unit");
            params.and("unit", q.unit());
        }
        if (q.dueBefore() != null) {
            where.add("dueDate < :dueBefore");
            params.and("dueBefore", q.dueBefore());
        }
        if (!q.types().isEmpty()) {
            where.add("type in :types");
            params.and("types", q.types());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        PanacheQuery<Milestone> query = where.isEmpty() ? findAll(PanachePaging.sort(page))
                : find(String.join(" and ", where), PanachePaging.sort(page), params);
        return PanachePaging.page(query, page, totals, TOTALS, new TotalsKey(q, q.overdue() == null ? null : today));
    }

    /** Due before {@code day} and not done by then; oldest deadline first. */
    public List<Milestone> overdueOn(LocalDate day, Collection<Long> projectIds, String unit) {
        StringBuilder jpql = new StringBuilder("dueDate < :day and (doneDate is null or doneDate >= :day)");
        Parameters params = Parameters.with("day", day);
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

    public Milestone find(long projectId, long milestoneId) {
        return find("projectId = ?1 and id = ?2", projectId, milestoneId).firstResult();
    }

    public List<Milestone> ofProject(long projectId) {
        return list("projectId", projectId);
    }
}
