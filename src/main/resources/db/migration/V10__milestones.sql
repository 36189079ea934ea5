-- Milestones (节点) of a project, counted back from its goal (倒排工期). The status
-- (PENDING/DONE/OVERDUE) is derived from done_date, due_date and the business day, never stored.

CREATE TABLE milestone (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    project_id              BIGINT        NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    milestone_type          VARCHAR(32)   NOT NULL,
    due_date                DATE          NOT NULL,
    done_date               DATE,
    responsible_unit_code   VARCHAR(32)   NOT NULL,
    note                    VARCHAR(2000),
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_milestone_unit FOREIGN KEY (responsible_unit_code) REFERENCES ref_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
-- one index per filter of the two lists: a project's schedule, overdue (done_date IS NULL and
-- due_date < today), dueBefore, unit, updatedSince
CREATE INDEX ix_milestone_project ON milestone (project_id, due_date);
CREATE INDEX ix_milestone_open_due ON milestone (done_date, due_date);
CREATE INDEX ix_milestone_due ON milestone (due_date);
CREATE INDEX ix_milestone_unit ON milestone (responsible_unit_code, due_date);
CREATE INDEX ix_milestone_updated ON milestone (updated_at);

CREATE TABLE milestone_aud (
    id                      BIGINT        NOT NULL,
    rev                     BIGINT        NOT NULL,
    revtype                 TINYINT,
    project_id              BIGINT,
    name                    VARCHAR(200),
    milestone_type          VARCHAR(32),
    due_date                DATE,
    done_date               DATE,
    responsible_unit_code   VARCHAR(32),
    note                    VARCHAR(2000),
    created_at              DATETIME(6),
    updated_at              DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_milestone_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
