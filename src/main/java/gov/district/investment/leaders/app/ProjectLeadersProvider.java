package gov.district.investment.leaders.app;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import gov.district.investment.leaders.domain.AssignmentRole;
import gov.district.investment.leaders.persistence.AssignmentRepository;
import gov.district.investment.leaders.persistence.DecisionRepository;
import gov.district.investment.leaders.persistence.InspectionRepository;
import gov.district.investment.leaders.persistence.ProtectionRepository;
import gov.district.investment.pipeline.api.ProjectLeaderView;
import gov.district.investment.pipeline.api.ProjectLeaders;
import gov.district.investment.platform.error.ProblemException;

/** The leaders context's side of {@link ProjectLeaders}: what the pipeline shows and asks about leaders. */
@ApplicationScoped
public class ProjectLeadersProvider implements ProjectLeaders {

    private final EntityManager em;
    private final AssignmentRepository assignments;
    private final ProtectionRepository protections;
    private final InspectionRepository inspections;
    private final DecisionRepository decisions;

    public ProjectLeadersProvider(EntityManager em, AssignmentRepository assignments, ProtectionRepository protections,
            InspectionRepository inspections, DecisionRepository decisions) {
        this.em = em;
        this.assignments = assignments;
        this.protections = protections;
        this.inspections = inspections;
        this.decisions = decisions;
    }

    @Override
    public List<ProjectLeaderView> current(long projectId) {
        List<Object[]> rows = em.createQuery("select a.leaderId, l.name, l.title, a.role, a.since from Assignment a, Leader l"
                + " where l.id = a.leaderId and a.projectId = :project and a.endedOn is null"
                + " order by a.role desc, a.since, a.id", Object[].class)
                .setParameter("project", projectId)
                .getResultList();
        return rows.stream().map(r -> new ProjectLeaderView((Long) r[0], (String) r[1], (String) r[2],
                ((AssignmentRole) r[3]).name(), (LocalDate) r[4])).toList();
    }

    @Override
    public List<Long> currentProjectIds(long leaderId) {
        return assignments.currentProjectsOf(leaderId);
    }

    /** A project still in PLANNING goes with its assignments, listing and inspections; decisions keep it (409). */
    @Override
    public void beforeProjectDelete(long projectId) {
        if (decisions.countOfProject(projectId) > 0) {
            throw ProblemException.conflict("Project " + projectId + " has dispatch decisions (督办事项) and is kept");
        }
        assignments.list("projectId", projectId).forEach(assignments::delete);
        protections.ofProject(projectId).ifPresent(protections::delete);
        inspections.list("projectId", projectId).forEach(inspections::delete);
        assignments.flush();
    }
}
