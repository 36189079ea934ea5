-- Protected listing (挂牌保护): at most one listing per project (PUT on the project's natural key),
-- and every inspection of a listed project registered. A removed listing stays in the audit trail;
-- its inspections stay on the project.

CREATE TABLE project_protection (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    since               DATE          NOT NULL,
    until_date          DATE,
    contact_unit_code   VARCHAR(32)   NOT NULL,
    note                VARCHAR(2000),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_project_protection UNIQUE (project_id),
    CONSTRAINT fk_protection_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_protection_unit FOREIGN KEY (contact_unit_code) REFERENCES ref_unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_protection_until ON project_protection (until_date);
CREATE INDEX ix_protection_unit ON project_protection (contact_unit_code);
CREATE INDEX ix_protection_updated ON project_protection (updated_at);

CREATE TABLE project_protection_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL,
    revtype             TINYINT,
    project_id          BIGINT,
    since               DATE,
    until_date          DATE,
    contact_unit_code   VARCHAR(32),
    note                VARCHAR(2000),
    created_at          DATETIME(6),
    updated_at          DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_project_protection_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Registered inspections (涉企检查备案) of listed projects; rows are only ever inserted.
CREATE TABLE protection_inspection (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    project_id          BIGINT        NOT NULL,
    inspection_date     DATE          NOT NULL,
    agency              VARCHAR(200)  NOT NULL,
    purpose             VARCHAR(1000) NOT NULL,
    approved_by         VARCHAR(100)  NOT NULL,
    recorded_by         VARCHAR(255)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_inspection_project ON protection_inspection (project_id, inspection_date);
CREATE INDEX ix_inspection_date ON protection_inspection (inspection_date);
