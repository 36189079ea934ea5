package gov.district.investment.platform.scheduling;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One period's run of a scheduled job; the unique (job, period) key allows one per period. */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_name", nullable = false, length = 64, updatable = false)
    public String jobName;

    @Column(name = "run_period", nullable = false, length = 64, updatable = false)
    public String period;

    @Column(nullable = false, length = 255)
    public String holder;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** Null while running, or after a run that failed (the next trigger in the period takes it over). */
    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(nullable = false)
    public int affected;
}
