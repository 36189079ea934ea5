package gov.district.investment.leaders.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import gov.district.investment.platform.domain.RuleBroken;
import gov.district.investment.platform.paging.ListTotals;

/** A project's protected listing (挂牌保护): one per project, written whole by PUT. */
@Entity
@ListTotals("protection")
@Audited
@Table(name = "project_protection")
public class Protection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(nullable = false)
    private LocalDate since;

    @Column(name = "until_date")
    private LocalDate untilDate;

    @Column(name = "contact_unit_code", nullable = false, length = 32)
    private String contactUnitCode;

    @Column(length = 2000)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Protection() {
    }

    public static Protection of(long projectId, Instant now) {
        Protection p = new Protection();
        p.projectId = projectId;
        p.createdAt = now;
        return p;
    }

    /** 422 when the listing would end before it begins. */
    public void set(LocalDate since, LocalDate until, String contactUnitCode, String note, Instant now) {
        if (until != null && until.isBefore(since)) {
            throw new RuleBroken("until", "must not be before since");
        }
        this.since = since;
        this.untilDate = until;
        this.contactUnitCode = contactUnitCode;
        this.note = note;
        this.updatedAt = now;
    }

    /** Listed on {@code day}: from since through until (inclusive), open-ended without until. */
    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (untilDate == null || !untilDate.isBefore(day));
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate until() {
        return untilDate;
    }

    public String contactUnitCode() {
        return contactUnitCode;
    }

    public String note() {
        return note;
    }
}
