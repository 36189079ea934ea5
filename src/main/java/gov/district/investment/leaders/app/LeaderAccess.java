package gov.district.investment.leaders.app;

import jakarta.enterprise.context.ApplicationScoped;

import gov.district.investment.leaders.persistence.AssignmentRepository;
import gov.district.investment.platform.audit.SystemActor;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.security.Roles;

/**
 * Row-level rules of the leaders context. project-office and admin act on everything; a leader
 * (claim leader_id) on meetings it chairs and on decisions of those meetings or of its current
 * projects; a unit registers inspections of the listings it is the contact unit of. The role gate
 * itself is on the resources.
 */
@ApplicationScoped
public class LeaderAccess {

    private final Caller caller;
    private final AssignmentRepository assignments;

    public LeaderAccess(Caller caller, AssignmentRepository assignments) {
        this.caller = caller;
        this.assignments = assignments;
    }

    /** Phone numbers are personal data: the office's. */
    public boolean seesPersonalData() {
        return office();
    }

    private boolean office() {
        return SystemActor.active() || caller.hasAnyRole(Roles.ADMIN, Roles.PROJECT_OFFICE);
    }

    /** The caller is the leader with this id. */
    private boolean isLeader(Long leaderId) {
        return leaderId != null && caller.hasRole(Roles.LEADER)
                && caller.leaderId().map(leaderId::equals).orElse(false);
    }

    /** The caller is a leader currently assigned (LEAD or ASSIST) to the project. */
    private boolean leadsProject(Long projectId) {
        Long self = caller.hasRole(Roles.LEADER) ? caller.leaderId().orElse(null) : null;
        return self != null && projectId != null && assignments.currentlyAssigned(self, projectId);
    }

    /** A meeting (and the decisions recorded at it) is run by the office, or by the leader who chairs it. */
    public void checkMeeting(Long chairLeaderId) {
        if (!office() && !isLeader(chairLeaderId)) {
            throw ProblemException.forbidden("Only the project office, an admin or the chairing leader may run this meeting");
        }
    }

    /** Closing a decision: the office, the chair of its meeting, or a leader currently on its project. */
    public void checkDecision(Long chairLeaderId, Long projectId) {
        if (office() || isLeader(chairLeaderId) || leadsProject(projectId)) {
            return;
        }
        throw ProblemException.forbidden(
                "Only the project office, an admin, the meeting's chair or a leader of the project may close this decision");
    }

    /** Registering an inspection: the office, the listing's contact unit, or a leader currently on the project. */
    public void checkInspection(long projectId, String contactUnitCode) {
        if (office() || leadsProject(projectId)) {
            return;
        }
        if (caller.hasRole(Roles.UNIT) && caller.unitCode().map(code -> code.equals(contactUnitCode)).orElse(false)) {
            return;
        }
        throw ProblemException.forbidden(
                "Only the project office, an admin, the contact unit or a leader of the project may register inspections");
    }
}
