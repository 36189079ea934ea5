-- Leaders context: district leaders (区级领导) and their assignments to key projects (分包).
-- An assignment is never deleted: ending it sets ended_on, so the project's and the leader's
-- past assignments stay readable.

CREATE TABLE leader (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100)  NOT NULL,
    title       VARCHAR(100)  NOT NULL,
    phone       VARCHAR(32),
    active      BOOLEAN       NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_leader_active ON leader (active);
CREATE INDEX ix_leader_updated ON leader (updated_at);

CREATE TABLE leader_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    name        VARCHAR(100),
    title       VARCHAR(100),
    phone       VARCHAR(32),
    active      BOOLEAN,
    created_at  DATETIME(6),
    updated_at  DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_leader_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- "Exactly one LEAD at a time" is the database's rule, not only the service's: current_lead_project
-- is the project id for a current LEAD and NULL otherwise, and its unique index admits one such row
-- per project whatever the concurrency (a virtual generated column: H2 rejects STORED). In the same
-- way current_project admits one current assignment per (project, leader).
CREATE TABLE project_leader (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    project_id            BIGINT       NOT NULL,
    leader_id             BIGINT       NOT NULL,
    assignment_role       VARCHAR(16)  NOT NULL,
    since                 DATE         NOT NULL,
    ended_on              DATE,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL,
    current_lead_project  BIGINT GENERATED ALWAYS AS (CASE WHEN assignment_role = 'LEAD' AND ended_on IS NULL THEN project_id END),
    current_project       BIGINT GENERATED ALWAYS AS (CASE WHEN ended_on IS NULL THEN project_id END),
    PRIMARY KEY (id),
    CONSTRAINT fk_project_leader_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_leader_leader FOREIGN KEY (leader_id) REFERENCES leader (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE UNIQUE INDEX uq_project_leader_current_lead ON project_leader (current_lead_project);
CREATE UNIQUE INDEX uq_project_leader_current ON project_leader (current_project, leader_id);
-- a project's leaders (the project view, its list) and a leader's projects (filter leaderId, dashboard)
CREATE INDEX ix_project_leader_project ON project_leader (project_id, ended_on);
CREATE INDEX ix_project_leader_leader ON project_leader (leader_id, ended_on, project_id);

CREATE TABLE project_leader_aud (
    id                    BIGINT       NOT NULL,
    rev                   BIGINT       NOT NULL,
    revtype               TINYINT,
    project_id            BIGINT,
    leader_id             BIGINT,
    assignment_role       VARCHAR(16),
    since                 DATE,
    ended_on              DATE,
    created_at            DATETIME(6),
    updated_at            DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_project_leader_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
