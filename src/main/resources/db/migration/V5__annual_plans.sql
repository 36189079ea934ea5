-- Annual plans (年度计划): per project and year, the planned investment, the year's goals and
-- whether the project is on that year's key-project list (it changes yearly).

CREATE TABLE annual_plan (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    plan_year           INT           NOT NULL,
    planned_investment  DECIMAL(16,2) NOT NULL,
    goals               VARCHAR(2000),
    key_project         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_annual_plan UNIQUE (project_id, plan_year),
    CONSTRAINT fk_annual_plan_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_annual_plan_year ON annual_plan (plan_year, key_project);

CREATE TABLE annual_plan_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL,
    revtype             TINYINT,
    project_id          BIGINT,
    plan_year           INT,
    planned_investment  DECIMAL(16,2),
    goals               VARCHAR(2000),
    key_project         BOOLEAN,
    created_at          DATETIME(6),
    updated_at          DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_annual_plan_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
