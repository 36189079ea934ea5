package gov.district.investment.pipeline.domain;

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

import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.paging.ListTotals;

/** A dated milestone (节点) of one project. Its status is derived, see {@link MilestoneStatus}. */
@Entity
@ListTotals("milestone")
@Audited
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "milestone_type", nullable = false, length = 32)
    private MilestoneType type;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done_date")
    private LocalDate doneDate;

    @Column(name = "responsible_unit_code", nullable = false, length = 32)
    private String responsibleUnitCode;

    @Column(length = 2000)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Milestone() {
    }

    public static Milestone of(long projectId, Instant now) {
        Milestone milestone = new Milestone();
        milestone.projectId = projectId;
        milestone.createdAt = now;
        milestone.updatedAt = now;
        return milestone;
    }

    /**
     * Sets every writable field. A milestone cannot be reported done on a day that has not come
     * (422); the due date may lie anywhere, schedules are often entered after the fact.
     */
    public void set(String name, MilestoneType type, LocalDate dueDate, LocalDate doneDate, String responsibleUnitCode,
            String note, LocalDate today, Instant now) {
        if (doneDate != null && doneDate.isAfter(today)) {
            throw new RuleBroken("doneDate", "must not be in the future (today is " + today + ")");
        }
        this.name = name;
        this.type = type;
        this.dueDate = dueDate;
        this.doneDate = doneDate;
        this.responsibleUnitCode = responsibleUnitCode;
        this.note = note;
        this.updatedAt = now;
    }

    public MilestoneStatus status(LocalDate today) {
        return MilestoneStatus.of(dueDate, doneDate, today);
    }

    public String name() {
        return name;
    }

    public MilestoneType type() {
        return type;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate doneDate() {
        return doneDate;
    }

    public String responsibleUnitCode() {
        return responsibleUnitCode;
    }

    public String note() {
        return note;
    }
}
