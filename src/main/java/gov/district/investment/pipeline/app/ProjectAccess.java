package gov.district.investment.pipeline.app;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.pipeline.domain.Project;
import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.domain.NotFound;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.security.Roles;

/**
 * Row-level write rules for projects: project-office and admin write any project; a unit writes
 * only projects whose ownerUnitCode is its own unit_code. Reading is open to every authenticated
 * role (the role gate itself is on the resource).
 */
@ApplicationScoped
public class ProjectAccess {

    private final Caller caller;

    public ProjectAccess(Caller caller) {
        this.caller = caller;
    }

    public void checkWrite(Project project) {
        checkOwnerUnit(project.ownerUnitCode);
    }

    /** Also used for a create or a change of ownerUnitCode: a unit cannot hand projects to others. */
    public void checkOwnerUnit(String ownerUnitCode) {
        if (SystemActor.active()) {
            return; // system work (jobs, demo data) has no caller; it is set only by server code, never by a request
        }
        if (caller.hasAnyRole(Roles.ADMIN, Roles.PROJECT_OFFICE)) {
            return;
        }
        if (caller.hasRole(Roles.UNIT) && caller.unitCode().map(code -> code.equals(ownerUnitCode)).orElse(false)) {
            return;
        }
        throw ProblemException.forbidden("Only the responsible unit, the project office or an admin may change this project");
    }

    /**
     * Working a problem (moving its status): besides the project's writers, the unit the problem is
     * assigned to, which is often not the project's own (a land problem goes to 国土分局).
     */
    public void checkProblemWork(Project project, String responsibleUnitCode) {
        if (!SystemActor.active() && caller.hasRole(Roles.UNIT)
                && caller.unitCode().map(code -> code.equals(responsibleUnitCode)).orElse(false)) {
            return;
        }
        checkWrite(project);
    }

    public void checkHistoryOfDeleted() {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new NotFound("Project", "history");
        }
    }
}
