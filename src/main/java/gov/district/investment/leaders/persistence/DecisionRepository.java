package gov.district.investment.leaders.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.api.DecisionFilter.DecisionQuery;
import gov.district.investment.leaders.domain.Decision;
import gov.district.investment.leaders.domain.DecisionStatus;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.TotalsCache;
import gov.district.investment.platform.paging.TotalsInvalidation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class DecisionRepository implements PanacheRepository<Decision> {

    public static final String TOTALS = TotalsInvalidation.listOf(Decision.class);

    private record TotalsKey(DecisionQuery query, LocalDate today) {
    }

    public PanachePaging.Slice<Decision> list(DecisionQuery q, PageRequest page, LocalDate today, TotalsCache totals) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        boolean usesToday = false;
        if (!q.statuses().isEmpty()) {
            List<String> any = new ArrayList<>();
            if (q.statuses().contains(DecisionStatus.DONE)) {
                any.add("status = :done");
                params.and("done", DecisionStatus.DONE);
            }
            if (q.statuses().contains(DecisionStatus.OPEN)) {
                any.add("(status = :open and dueDate >= :today)");
                usesToday = true;
            }
            if (q.statuses().contains(DecisionStatus.OVERDUE)) {
                any.add("(status = :open and dueDate < :today)");
                usesToday = true;
            }
            if (usesToday) {
                params.and("open", DecisionStatus.OPEN);
            }
            where.add("(" + String.join(" or ", any) + ")");
        }
        if (q.overdue() != null) {
            String overdue = "(status = :openStatus and dueDate < :today)";
            where.add(q.overdue() ? overdue : "not " + overdue);
            params.and("openStatus", DecisionStatus.OPEN);
            usesToday = true;
        }
        if (usesToday) {
            params.and("today", today);
        }
        if (q.unit() != null) {
            where.add("responsibleUnitCode = :unit");
            params.and("unit", q.unit());
        }
        if (q.leaderId() != null) {
            where.add("(projectId in (select a.projectId from Assignment a where a.leaderId = :leader and a.endedOn is null)"
                    + " or meetingId in (select m.id from DispatchMeeting m where m.chairLeaderId = :leader))");
            params.and("leader", q.leaderId());
        }
        if (q.meetingId() != null) {
            where.add("meetingId = :meeting");
            params.and("meeting", q.meetingId());
        }
        if (q.projectId() != null) {
            where.add("projectId = :project");
            params.and("project", q.projectId());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.and("updatedSince", q.updatedSince());
        }
        PanacheQuery<Decision> query = where.isEmpty() ? findAll(PanachePaging.sort(page))
                : find(String.join(" and ", where), PanachePaging.sort(page), params);
        return PanachePaging.page(query, page, totals, TOTALS, new TotalsKey(q, usesToday ? today : null));
    }

    /**
     * Decisions on these projects open past their due date on {@code day}: due before it and not
     * closed by the end of it ({@code until}).
     */
    public List<Decision> overdueOn(LocalDate day, Instant until, Collection<Long> projectIds) {
        if (projectIds != null && projectIds.isEmpty()) {
            return List.of();
        }
        Parameters params = Parameters.with("day", day).and("until", until).and("done", DecisionStatus.DONE);
        String jpql = "dueDate < :day and (status <> :done or closedAt >= :until)";
        if (projectIds != null) {
            jpql += " and projectId in :projects";
            params.and("projects", projectIds);
        }
        return list(jpql + " order by dueDate, id", params);
    }

    public long countOfProject(long projectId) {
        return count("projectId", projectId);
    }
}
