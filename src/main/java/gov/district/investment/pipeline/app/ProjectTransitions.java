package gov.district.investment.pipeline.app;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.district.investment.pipeline.api.TransitionRequest;
import gov.district.investment.pipeline.api.TransitionView;
import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.pipeline.domain.ProjectTransition;
import gov.district.investment.pipeline.persistence.ProjectRepository;
import gov.district.investment.platform.concurrency.RetryOnConflict;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.http.IfMatch;
import gov.district.investment.platform.paging.Page;
import gov.district.investment.platform.paging.PageRequest;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;

/** A project's moves through its stage machine (谋划 → 前期 → 在建 → 竣工 → 投产; suspended, cancelled) and their record. */
@ApplicationScoped
public class ProjectTransitions {

    private final ProjectRepository projects;
    private final ProjectAccess access;
    private final BusinessClock clock;
    private final Caller caller;

    public ProjectTransitions(ProjectRepository projects, ProjectAccess access, BusinessClock clock,
            Caller caller) {
        this.projects = projects;
        this.access = access;
        this.clock = clock;
        this.caller = caller;
    }

    /** @return the recorded transition and the project's new version (for its ETag) */
    @Transactional
    @RetryOnConflict
    public TransitionResult transition(long id, TransitionRequest request, IfMatch ifMatch) {
        Project project = find(id);
        access.checkWrite(project);
        ifMatch.check(project.version);
        LocalDate today = clock.today();
        LocalDate effective = request.effectiveDate() == null ? today : request.effectiveDate();
        ProjectTransition transition = project.transitionTo(request.toStage(), effective, request.reason(), today,
                caller.actor(), clock.now());
        projects.persistTransition(transition);
        projects.flush();
        return new TransitionResult(TransitionView.of(transition), project.version);
    }

    public record TransitionResult(TransitionView transition, long projectVersion) {
    }

    public Page<TransitionView> transitions(long id, PageRequest page) {
        find(id);
        return projects.transitions(id, page).map(TransitionView::of);
    }

    public TransitionView transition(long id, long transitionId) {
        find(id);
        ProjectTransition transition = projects.transition(id, transitionId);
        if (transition == null) {
            throw new NotFound("Transition", transitionId + " of project " + id);
        }
        return TransitionView.of(transition);
    }

    private Project find(long id) {
        return projects.findByIdOptional(id).orElseThrow(() -> new NotFound("Project", id));
    }
}
