-- Problems (困难和问题) of a project: an owner (responsible unit) and a deadline each, a status
-- machine OPEN → IN_PROGRESS → RESOLVED / CLOSED, and an escalation level UNIT → LEADER → DISTRICT
-- (分级调度) whose every step is kept in problem_escalation.

CREATE TABLE problem (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    project_id              BIGINT        NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    description             VARCHAR(4000),
    category                VARCHAR(16)   NOT NULL,
    responsible_unit_code   VARCHAR(32)   NOT NULL,
    due_date                DATE          NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    escalation_level        VARCHAR(16)   NOT NULL,
    resolution              VARCHAR(2000),
    status_reason           VARCHAR(1000),
    closed_at               DATETIME(6),
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_problem_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_problem_unit FOREIGN KEY (responsible_unit_code) REFERENCES ref_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
-- (status, due_date) serves overdue=true and the escalation job's scan
CREATE INDEX ix_problem_status_due ON problem (status, due_date);
CREATE INDEX ix_problem_project ON problem (project_id);
CREATE INDEX ix_problem_unit ON problem (responsible_unit_code);
CREATE INDEX ix_problem_category ON problem (category);
CREATE INDEX ix_problem_level ON problem (escalation_level);
CREATE INDEX ix_problem_updated ON problem (updated_at);

CREATE TABLE problem_aud (
    id                      BIGINT        NOT NULL,
    rev                     BIGINT        NOT NULL,
    revtype                 TINYINT,
    project_id              BIGINT,
    title                   VARCHAR(200),
    description             VARCHAR(4000),
    category                VARCHAR(16),
    responsible_unit_code   VARCHAR(32),
    due_date                DATE,
    status                  VARCHAR(16),
    escalation_level        VARCHAR(16),
    resolution              VARCHAR(2000),
    status_reason           VARCHAR(1000),
    closed_at               DATETIME(6),
    created_at              DATETIME(6),
    updated_at              DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_problem_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One row per escalation step, manual or by rule; rows are only ever inserted. The unique key
-- makes a level reachable once per problem, so two racing escalations cannot both record it.
CREATE TABLE problem_escalation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    problem_id          BIGINT        NOT NULL,
    from_level          VARCHAR(16)   NOT NULL,
    to_level            VARCHAR(16)   NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    automatic           BOOLEAN       NOT NULL,
    actor               VARCHAR(255)  NOT NULL,
    escalated_at        DATETIME(6)   NOT NULL,
    previous_due_date   DATE          NOT NULL,
    new_due_date        DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_problem_escalation UNIQUE (problem_id, to_level),
    CONSTRAINT fk_escalation_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
