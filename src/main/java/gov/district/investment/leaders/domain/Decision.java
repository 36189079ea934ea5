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
import gov.district.investment.platform.paging.ListTotals;

/**
 * A follow-up decision (督办事项) of a dispatch meeting: a responsible unit, a due date, followed
 * "一盯到底" until closed. Stored OPEN or DONE; OVERDUE is derived by {@link #status(LocalDate)}.
 */
@Entity
@ListTotals("decision")
@Audited
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    public Long meetingId;

    @Column(name = "decision_text", nullable = false, length = 2000)
    public String text;

    @Column(name = "project_id", updatable = false)
    public Long projectId;

    @Column(name = "problem_id", updatable = false)
    public Long problemId;

    @Column(name = "responsible_unit_code", nullable = false, length = 32)
    public String responsibleUnitCode;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DecisionStatus status;

    @Column(name = "close_note", length = 2000)
    private String closeNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 255)
    private String closedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Decision() {
    }

    public static Decision open(long meetingId, Instant now) {
        Decision d = new Decision();
        d.meetingId = meetingId;
        d.status = DecisionStatus.OPEN;
        d.createdAt = now;
        d.updatedAt = now;
        return d;
    }

    /** DONE once closed; OVERDUE while open after its due date; else OPEN. */
    public DecisionStatus status(LocalDate today) {
        if (status == DecisionStatus.DONE) {
            return DecisionStatus.DONE;
        }
        return dueDate.isBefore(today) ? DecisionStatus.OVERDUE : DecisionStatus.OPEN;
    }

    public boolean done() {
        return status == DecisionStatus.DONE;
    }

    /** 409 when already closed. */
    public void close(String note, String actor, Instant now) {
        if (status == DecisionStatus.DONE) {
            throw new Conflict("The decision was already closed at " + closedAt)
                    .with("currentStatus", DecisionStatus.DONE);
        }
        status = DecisionStatus.DONE;
        closeNote = note == null || note.isBlank() ? null : note.trim();
        closedAt = now;
        closedBy = actor;
        updatedAt = now;
    }

    public String closeNote() {
        return closeNote;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
