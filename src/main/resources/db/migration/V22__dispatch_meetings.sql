-- Dispatch meetings (调度会) at each level and their follow-up decisions (督办事项). A decision's
-- OVERDUE is derived from due_date and the business day, never stored.

CREATE TABLE dispatch_meeting (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_date      DATE          NOT NULL,
    meeting_level     VARCHAR(16)   NOT NULL,
    chair_leader_id   BIGINT,
    title             VARCHAR(200)  NOT NULL,
    attendees         VARCHAR(4000) NOT NULL,
    project_ids       VARCHAR(2000) NOT NULL,
    minutes           VARCHAR(8000),
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_chair FOREIGN KEY (chair_leader_id) REFERENCES leader (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_meeting_date ON dispatch_meeting (meeting_date);
CREATE INDEX ix_meeting_level ON dispatch_meeting (meeting_level, meeting_date);
CREATE INDEX ix_meeting_chair ON dispatch_meeting (chair_leader_id, meeting_date);
CREATE INDEX ix_meeting_updated ON dispatch_meeting (updated_at);

CREATE TABLE dispatch_meeting_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT,
    meeting_date      DATE,
    meeting_level     VARCHAR(16),
    chair_leader_id   BIGINT,
    title             VARCHAR(200),
    attendees         VARCHAR(4000),
    project_ids       VARCHAR(2000),
    minutes           VARCHAR(8000),
    created_at        DATETIME(6),
    updated_at        DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_dispatch_meeting_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE decision (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id              BIGINT        NOT NULL,
    decision_text           VARCHAR(2000) NOT NULL,
    project_id              BIGINT,
    problem_id              BIGINT,
    responsible_unit_code   VARCHAR(32)   NOT NULL,
    due_date                DATE          NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    close_note              VARCHAR(2000),
    closed_at               DATETIME(6),
    closed_by               VARCHAR(255),
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES dispatch_meeting (id),
    CONSTRAINT fk_decision_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_decision_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT fk_decision_unit FOREIGN KEY (responsible_unit_code) REFERENCES ref_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
-- (status, due_date) serves overdue and status filters; the others one filter each
CREATE INDEX ix_decision_status_due ON decision (status, due_date);
CREATE INDEX ix_decision_meeting ON decision (meeting_id);
CREATE INDEX ix_decision_project ON decision (project_id);
CREATE INDEX ix_decision_problem ON decision (problem_id);
CREATE INDEX ix_decision_unit ON decision (responsible_unit_code, due_date);
CREATE INDEX ix_decision_updated ON decision (updated_at);

CREATE TABLE decision_aud (
    id                      BIGINT        NOT NULL,
    rev                     BIGINT        NOT NULL,
    revtype                 TINYINT,
    meeting_id              BIGINT,
    decision_text           VARCHAR(2000),
    project_id              BIGINT,
    problem_id              BIGINT,
    responsible_unit_code   VARCHAR(32),
    due_date                DATE,
    status                  VARCHAR(16),
    close_note              VARCHAR(2000),
    closed_at               DATETIME(6),
    closed_by               VARCHAR(255),
    created_at              DATETIME(6),
    updated_at              DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_decision_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
