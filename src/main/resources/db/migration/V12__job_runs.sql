-- Scheduled jobs that must run once per period across replicas. A replica first takes the
-- job's lease row with one atomic UPDATE (the database's clock decides expiry, so pods' clock
-- skew does not matter), then records the period in job_run, whose unique key refuses a second
-- run of the same period even after the lease has expired.

CREATE TABLE job_lease (
    job_name      VARCHAR(64)   NOT NULL,
    holder        VARCHAR(255),
    lease_until   DATETIME(6),
    PRIMARY KEY (job_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
INSERT INTO job_lease (job_name, holder, lease_until) VALUES ('problem-escalation', NULL, NULL);

CREATE TABLE job_run (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    job_name      VARCHAR(64)   NOT NULL,
    run_period    VARCHAR(64)   NOT NULL,
    holder        VARCHAR(255)  NOT NULL,
    started_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6),
    affected      INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_job_run UNIQUE (job_name, run_period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
