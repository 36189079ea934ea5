-- The district's targets for a year (年度目标): how many starts, completions and operations, the
-- planned investment and the signed investment of the lead pool.

CREATE TABLE year_target (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    target_year             INT           NOT NULL,
    new_starts              INT,
    completions             INT,
    operations              INT,
    planned_investment      DECIMAL(16,2),
    signed_lead_investment  DECIMAL(16,2),
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_year_target UNIQUE (target_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE year_target_aud (
    id                      BIGINT        NOT NULL,
    rev                     BIGINT        NOT NULL,
    revtype                 TINYINT,
    target_year             INT,
    new_starts              INT,
    completions             INT,
    operations              INT,
    planned_investment      DECIMAL(16,2),
    signed_lead_investment  DECIMAL(16,2),
    created_at              DATETIME(6),
    updated_at              DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_year_target_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
