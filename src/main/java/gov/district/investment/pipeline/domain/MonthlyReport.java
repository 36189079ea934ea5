package gov.district.investment.pipeline.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One revision of a project's report for a month (月报). Revisions are only ever inserted: the
 * current figure is the highest revision, and the figure known on a date is the highest revision
 * recorded by then, so published numbers can be reproduced.
 */
@Entity
@Immutable
@Table(name = "monthly_report")
public class MonthlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public Long projectId;

    /** yyyy-MM. */
    @Column(name = "report_month", nullable = false, length = 7, columnDefinition = "char(7)")
    public String month;

    @Column(nullable = false)
    public int revision;

    /** That month's completed investment, 万元. */
    @Column(name = "completed_investment", nullable = false, precision = 16, scale = 2)
    public BigDecimal completedInvestment;

    /** 形象进度. */
    @Column(name = "physical_progress", length = 2000)
    public String physicalProgress;

    @Column(length = 2000)
    public String issues;

    @Column(length = 1000)
    public String reason;

    /** Recorded after the month's reporting deadline (补报 or a late correction). */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 255)
    public String recordedBy;
}
