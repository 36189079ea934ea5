package gov.district.investment.leaders.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import gov.district.investment.platform.paging.ListTotals;

/** A registered inspection (检查备案) of a protected project; only ever inserted. */
@Entity
@ListTotals("inspection")
@Table(name = "protection_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(name = "inspection_date", nullable = false, updatable = false)
    public LocalDate inspectionDate;

    @Column(nullable = false, length = 200, updatable = false)
    public String agency;

    @Column(nullable = false, length = 1000, updatable = false)
    public String purpose;

    @Column(name = "approved_by", nullable = false, length = 100, updatable = false)
    public String approvedBy;

    @Column(name = "recorded_by", nullable = false, length = 255, updatable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
