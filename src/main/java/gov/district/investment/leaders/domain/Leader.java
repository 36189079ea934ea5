package gov.district.investment.leaders.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import gov.district.investment.platform.paging.ListTotals;

/** A district leader (区级领导) who may be put in charge of key projects. */
@Entity
@ListTotals("leader")
@Audited
@Table(name = "leader")
public class Leader {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    /** 职务: 区长, 常务副区长, 副区长 ... */
    @Column(nullable = false, length = 100)
    public String title;

    /** Personal data: shown to admin and project-office only. */
    @Column(length = 32)
    public String phone;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    protected Leader() {
    }

    public static Leader of(Instant now) {
        Leader leader = new Leader();
        leader.active = true;
        leader.createdAt = now;
        leader.updatedAt = now;
        return leader;
    }
}
