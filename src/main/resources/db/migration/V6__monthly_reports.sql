-- Monthly progress reports (月报). Every write is a new revision row and none is ever changed,
-- so "what was known on date X" is the latest revision recorded by then.

CREATE TABLE monthly_report (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    project_id            BIGINT        NOT NULL,
    report_month          CHAR(7)       NOT NULL,
    revision              INT           NOT NULL,
    completed_investment  DECIMAL(16,2) NOT NULL,
    physical_progress     VARCHAR(2000),
    issues                VARCHAR(2000),
    reason                VARCHAR(1000),
    late                  BOOLEAN       NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    recorded_by           VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_monthly_report UNIQUE (project_id, report_month, revision),
    CONSTRAINT fk_monthly_report_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_monthly_report_month ON monthly_report (report_month, project_id);
