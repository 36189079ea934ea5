package gov.district.investment.leaders.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.domain.Assignment;
import gov.district.investment.leaders.domain.AssignmentRole;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.paging.PanachePaging;
import gov.district.investment.platform.paging.SortSpec;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<Assignment> {

    public static final SortSpec SORT = SortSpec.of("-since", "id", "id", "since", "since", "role", "role",
            "projectId", "projectId", "leaderId", "leaderId");

    /** A project's current assignments. */
    public List<Assignment> currentOf(long projectId) {
        return list("projectId = ?1 and endedOn is null order by id", projectId);
    }

    /** Every assignment of a project, current and past, newest first. */
    /** A project's assignments, current and past, newest first. */
    public Page<Assignment> ofProject(long projectId, PageRequest page) {
        return PanachePaging.page(getEntityManager(), Assignment.class, "from Assignment where projectId = :project",
                "since desc, id desc", Map.of("project", projectId), page);
    }

    /** Every assignment of a leader, optionally only current (true) or past (false) ones, newest first. */
    public Page<Assignment> ofLeader(long leaderId, Boolean current, PageRequest page) {
        String condition = current == null ? "" : current ? " and endedOn is null" : " and endedOn is not null";
        return PanachePaging.page(getEntityManager(), Assignment.class, "from Assignment where leaderId = :leader" + condition,
                "since desc, id desc", Map.of("leader", leaderId), page);
    }

    /** Projects the leader held in a role on a day (role null: either). */
    public List<Long> projectsHeldOn(long leaderId, AssignmentRole role, LocalDate day) {
        String jpql = "select distinct projectId from Assignment where leaderId = :leader and since <= :day"
                + " and (endedOn is null or endedOn > :day)" + (role == null ? "" : " and role = :role")
                + " order by projectId";
        var query = getEntityManager().createQuery(jpql, Long.class)
                .setParameter("leader", leaderId).setParameter("day", day);
        if (role != null) {
            query.setParameter("role", role);
        }
        return query.getResultList();
    }

    public boolean currentlyAssigned(long leaderId, long projectId) {
        return count("leaderId = ?1 and projectId = ?2 and endedOn is null", leaderId, projectId) > 0;
    }

    public List<Long> currentProjectsOf(long leaderId) {
        return getEntityManager().createQuery("select projectId from Assignment where leaderId = :leader"
                + " and endedOn is null order by projectId", Long.class)
                .setParameter("leader", leaderId).getResultList();
    }
}
