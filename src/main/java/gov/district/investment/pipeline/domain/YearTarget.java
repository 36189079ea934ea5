package gov.district.investment.pipeline.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** The district's targets for one year; every figure optional. */
@Entity
@Audited
@Table(name = "year_target")
public class YearTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "target_year", nullable = false, updatable = false)
    public int year;

    @Column(name = "new_starts")
    public Integer newStarts;

    public Integer completions;

    public Integer operations;

    @Column(name = "planned_investment", precision = 16, scale = 2)
    public BigDecimal plannedInvestment;

    @Column(name = "signed_lead_investment", precision = 16, scale = 2)
    public BigDecimal signedLeadInvestment;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
