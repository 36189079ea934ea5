-- Leads context: investors (战略投资者), the investment-lead pool (招商线索储备库), each lead's stage
-- moves and follow-ups, and the lineage lead -> project. The table is investment_lead, not lead:
-- LEAD is reserved in MySQL 8.

CREATE TABLE investor (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200)  NOT NULL,
    credit_code     CHAR(18),
    origin          VARCHAR(100),
    investor_type   VARCHAR(16)   NOT NULL,
    fortune500      BOOLEAN       NOT NULL,
    industry_code   VARCHAR(32),
    contacts        VARCHAR(4000),
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- one investor per credit code; investors without one (NULL) are not constrained
    CONSTRAINT uq_investor_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_investor_industry FOREIGN KEY (industry_code) REFERENCES ref_industry (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_investor_type ON investor (investor_type);
CREATE INDEX ix_investor_updated ON investor (updated_at);

CREATE TABLE investor_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL,
    revtype         TINYINT,
    name            VARCHAR(200),
    credit_code     CHAR(18),
    origin          VARCHAR(100),
    investor_type   VARCHAR(16),
    fortune500      BOOLEAN,
    industry_code   VARCHAR(32),
    contacts        VARCHAR(4000),
    created_at      DATETIME(6),
    updated_at      DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_investor_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE investment_lead (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    title                 VARCHAR(200)  NOT NULL,
    investor_id           BIGINT        NOT NULL,
    channel               VARCHAR(32)   NOT NULL,
    industry_code         VARCHAR(32)   NOT NULL,
    chain_role            VARCHAR(16),
    intended_investment   DECIMAL(16,2),
    foreign_capital_usd   DECIMAL(16,2),
    land_area_mu          DECIMAL(12,2),
    area_code             VARCHAR(32),
    owner_unit_code       VARCHAR(32)   NOT NULL,
    handler_name          VARCHAR(100),
    next_follow_up_date   DATE,
    last_follow_up_date   DATE,
    note                  VARCHAR(2000),
    stage                 VARCHAR(16)   NOT NULL,
    dropped_from          VARCHAR(16),
    last_transition_date  DATE,
    signed_date           DATE,
    contract_investment   DECIMAL(16,2),
    duplicate_confirmed   BOOLEAN       NOT NULL,
    duplicate_of_lead_id  BIGINT,
    project_id            BIGINT,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- a lead becomes at most one project
    CONSTRAINT uq_lead_project UNIQUE (project_id),
    CONSTRAINT fk_lead_investor FOREIGN KEY (investor_id) REFERENCES investor (id),
    CONSTRAINT fk_lead_industry FOREIGN KEY (industry_code) REFERENCES ref_industry (code),
    CONSTRAINT fk_lead_area FOREIGN KEY (area_code) REFERENCES ref_area (code),
    CONSTRAINT fk_lead_unit FOREIGN KEY (owner_unit_code) REFERENCES ref_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
-- one index per list filter; (investor_id, stage) also serves the duplicate check (撞单)
CREATE INDEX ix_lead_investor_stage ON investment_lead (investor_id, stage);
CREATE INDEX ix_lead_stage ON investment_lead (stage);
CREATE INDEX ix_lead_channel ON investment_lead (channel);
CREATE INDEX ix_lead_industry ON investment_lead (industry_code);
CREATE INDEX ix_lead_chain_role ON investment_lead (chain_role);
CREATE INDEX ix_lead_unit ON investment_lead (owner_unit_code, stage);
CREATE INDEX ix_lead_investment ON investment_lead (intended_investment);
CREATE INDEX ix_lead_last_follow_up ON investment_lead (last_follow_up_date);
CREATE INDEX ix_lead_updated ON investment_lead (updated_at);

CREATE TABLE investment_lead_aud (
    id                    BIGINT        NOT NULL,
    rev                   BIGINT        NOT NULL,
    revtype               TINYINT,
    title                 VARCHAR(200),
    investor_id           BIGINT,
    channel               VARCHAR(32),
    industry_code         VARCHAR(32),
    chain_role            VARCHAR(16),
    intended_investment   DECIMAL(16,2),
    foreign_capital_usd   DECIMAL(16,2),
    land_area_mu          DECIMAL(12,2),
    area_code             VARCHAR(32),
    owner_unit_code       VARCHAR(32),
    handler_name          VARCHAR(100),
    next_follow_up_date   DATE,
    last_follow_up_date   DATE,
    note                  VARCHAR(2000),
    stage                 VARCHAR(16),
    dropped_from          VARCHAR(16),
    last_transition_date  DATE,
    signed_date           DATE,
    contract_investment   DECIMAL(16,2),
    duplicate_confirmed   BOOLEAN,
    duplicate_of_lead_id  BIGINT,
    project_id            BIGINT,
    created_at            DATETIME(6),
    updated_at            DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_investment_lead_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE lead_transition (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    lead_id         BIGINT        NOT NULL,
    from_stage      VARCHAR(16)   NOT NULL,
    to_stage        VARCHAR(16)   NOT NULL,
    effective_date  DATE          NOT NULL,
    reason          VARCHAR(1000),
    actor           VARCHAR(255)  NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_transition_lead FOREIGN KEY (lead_id) REFERENCES investment_lead (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_lead_transition_lead ON lead_transition (lead_id, id);

CREATE TABLE lead_follow_up (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    lead_id              BIGINT        NOT NULL,
    follow_up_date       DATE          NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    summary              VARCHAR(2000) NOT NULL,
    next_step            VARCHAR(1000),
    next_follow_up_date  DATE,
    actor                VARCHAR(255)  NOT NULL,
    recorded_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_follow_up_lead FOREIGN KEY (lead_id) REFERENCES investment_lead (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_lead_follow_up_lead ON lead_follow_up (lead_id, follow_up_date);

-- The project a lead became (lineage); read-only on the project, set by the conversion. Unique:
-- one project per lead even if two conversions raced past the lead's row lock.
ALTER TABLE project ADD COLUMN lead_id BIGINT;
ALTER TABLE project_aud ADD COLUMN lead_id BIGINT;
CREATE UNIQUE INDEX uq_project_lead ON project (lead_id);
