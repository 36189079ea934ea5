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

/** A project's plan for one year (年度计划); the natural key is (project, year). */
@Entity
@Audited
@Table(name = "annual_plan")
public class AnnualPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    public int year;

    /** 年度计划投资, 万元. */
    @Column(name = "planned_investment", nullable = false, precision = 16, scale = 2)
    public BigDecimal plannedInvestment;

    @Column(length = 2000)
    public String goals;

    /** On this year's key-project list. */
    @Column(name = "key_project", nullable = false)
    public boolean keyProject;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
