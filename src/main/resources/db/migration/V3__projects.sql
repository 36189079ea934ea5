-- Pipeline: the project registry, its stage transitions and the per-year code counter.

CREATE TABLE project (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    code                    VARCHAR(20)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    description             VARCHAR(2000),
    industry_code           VARCHAR(32)   NOT NULL,
    area_code               VARCHAR(32)   NOT NULL,
    owner_unit_code         VARCHAR(32)   NOT NULL,
    owner_name              VARCHAR(200),
    owner_credit_code       CHAR(18),
    national_project_code   VARCHAR(64),
    stats_registered        BOOLEAN       NOT NULL DEFAULT FALSE,
    total_investment        DECIMAL(16,2) NOT NULL,
    project_level           VARCHAR(16)   NOT NULL,
    stage                   VARCHAR(16)   NOT NULL,
    suspended_from          VARCHAR(16),
    last_transition_date    DATE,
    planned_start_date      DATE,
    planned_completion_date DATE,
    actual_start_date       DATE,
    actual_completion_date  DATE,
    operation_date          DATE,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_project_code UNIQUE (code),
    CONSTRAINT uq_project_national_code UNIQUE (national_project_code),
    CONSTRAINT fk_project_industry FOREIGN KEY (industry_code) REFERENCES ref_industry (code),
    CONSTRAINT fk_project_area FOREIGN KEY (area_code) REFERENCES ref_area (code),
    CONSTRAINT fk_project_unit FOREIGN KEY (owner_unit_code) REFERENCES ref_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One index per list filter; (stage, industry) serves the dashboard's most common page.
CREATE INDEX ix_project_stage_industry ON project (stage, industry_code);
CREATE INDEX ix_project_industry ON project (industry_code);
CREATE INDEX ix_project_area ON project (area_code);
CREATE INDEX ix_project_unit ON project (owner_unit_code);
CREATE INDEX ix_project_level ON project (project_level);
CREATE INDEX ix_project_investment ON project (total_investment);
CREATE INDEX ix_project_started ON project (actual_start_date);
CREATE INDEX ix_project_updated ON project (updated_at);

CREATE TABLE project_transition (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    project_id      BIGINT        NOT NULL,
    from_stage      VARCHAR(16)   NOT NULL,
    to_stage        VARCHAR(16)   NOT NULL,
    effective_date  DATE          NOT NULL,
    reason          VARCHAR(1000),
    actor           VARCHAR(255)  NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_transition_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_transition_project ON project_transition (project_id, id);

-- Year-local project numbers (XM-2026-0001). Rows exist ahead for the years to come, so a
-- burst of creates on New Year's Day never has to create one; later years get theirs on first use.
CREATE TABLE project_code_counter (
    code_year   INT    NOT NULL,
    last_value  BIGINT NOT NULL,
    PRIMARY KEY (code_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
INSERT INTO project_code_counter (code_year, last_value) VALUES
    (2020, 0), (2021, 0), (2022, 0), (2023, 0), (2024, 0), (2025, 0), (2026, 0), (2027, 0), (2028, 0), (2029, 0),
    (2030, 0), (2031, 0), (2032, 0), (2033, 0), (2034, 0), (2035, 0), (2036, 0), (2037, 0), (2038, 0), (2039, 0),
    (2040, 0), (2041, 0), (2042, 0), (2043, 0), (2044, 0), (2045, 0), (2046, 0), (2047, 0), (2048, 0), (2049, 0),
    (2050, 0);

-- Audit trail (Envers): every revision of a project, including the state at deletion.
CREATE TABLE project_aud (
    id                      BIGINT        NOT NULL,
    rev                     BIGINT        NOT NULL,
    revtype                 TINYINT,
    code                    VARCHAR(20),
    name                    VARCHAR(200),
    description             VARCHAR(2000),
    industry_code           VARCHAR(32),
    area_code               VARCHAR(32),
    owner_unit_code         VARCHAR(32),
    owner_name              VARCHAR(200),
    owner_credit_code       CHAR(18),
    national_project_code   VARCHAR(64),
    stats_registered        BOOLEAN,
    total_investment        DECIMAL(16,2),
    project_level           VARCHAR(16),
    stage                   VARCHAR(16),
    suspended_from          VARCHAR(16),
    last_transition_date    DATE,
    planned_start_date      DATE,
    planned_completion_date DATE,
    actual_start_date       DATE,
    actual_completion_date  DATE,
    operation_date          DATE,
    created_at              DATETIME(6),
    updated_at              DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_project_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
