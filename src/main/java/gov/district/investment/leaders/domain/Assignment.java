package gov.district.investment.leaders.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import gov.district.investment.platform.domain.Conflict;
import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.paging.ListTotals;

/**
 * A leader on a key project (分包) from {@code since}; current until it is ended. The table's
 * unique index on a generated column admits one current LEAD per project (see V20).
 */
@Entity
// the project list filters by leader: an assignment changes its totals
@ListTotals("project")
@Audited
@Table(name = "project_leader")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(name = "leader_id", nullable = false, updatable = false)
    public Long leaderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_role", nullable = false, length = 16, updatable = false)
    public AssignmentRole role;

    @Column(nullable = false, updatable = false)
    public LocalDate since;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Assignment() {
    }

    public static Assignment start(long projectId, long leaderId, AssignmentRole role, LocalDate since, Instant now) {
        Assignment a = new Assignment();
        a.projectId = projectId;
        a.leaderId = leaderId;
        a.role = role;
        a.since = since;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    public boolean current() {
        return endedOn == null;
    }

    public LocalDate until() {
        return endedOn;
    }

    /** Ends a current assignment on {@code day}, which may not be before it began (422). */
    public void end(LocalDate day, Instant now) {
        if (endedOn != null) {
            throw new Conflict("The assignment already ended on " + endedOn);
        }
        if (day.isBefore(since)) {
            throw new RuleBroken("since", "must not be before " + since
                    + ", when the current assignment of leader " + leaderId + " began");
        }
        endedOn = day;
        updatedAt = now;
    }

    /** Held on {@code day}: began on or before it and had not ended by then. */
    public boolean heldOn(LocalDate day) {
        return !since.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
