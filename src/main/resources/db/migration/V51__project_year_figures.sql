-- A project's year in figures, kept by the writes that change them (annual plan, monthly report,
-- project registry fields) in their own transaction, so that the project view reads this year's
-- investment in the same statement as the project, and the indicators sum one narrow index
-- instead of 1.2 million report rows (docs/adr/0001-year-figures-and-month-end-snapshots.md).
--
-- completed_MM is the current revision of month MM (0 before the first report); planned is the
-- year's annual plan (0 without one). The grouping columns repeat the project's, so the
-- indicators group this table alone.
CREATE TABLE project_year_figures (
    project_id         BIGINT        NOT NULL,
    plan_year          INT           NOT NULL,
    industry_code      VARCHAR(32)   NOT NULL,
    area_code          VARCHAR(32)   NOT NULL,
    owner_unit_code    VARCHAR(32)   NOT NULL,
    project_level      VARCHAR(16)   NOT NULL,
    planned_investment DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_01       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_02       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_03       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_04       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_05       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_06       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_07       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_08       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_09       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_10       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_11       DECIMAL(16,2) NOT NULL DEFAULT 0,
    completed_12       DECIMAL(16,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, plan_year),
    CONSTRAINT fk_project_year_figures_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);

-- Covering, in grouping order: the indicators' sums are one index range scan, grouped as it streams.
CREATE INDEX ix_project_year_figures_stats ON project_year_figures (plan_year, industry_code, area_code,
    owner_unit_code, project_level, planned_investment, completed_01, completed_02, completed_03, completed_04,
    completed_05, completed_06, completed_07, completed_08, completed_09, completed_10, completed_11, completed_12);

-- The figures of what is already there: every (project, year) with a plan or a report.
INSERT INTO project_year_figures (project_id, plan_year, industry_code, area_code, owner_unit_code, project_level,
    planned_investment, completed_01, completed_02, completed_03, completed_04, completed_05, completed_06,
    completed_07, completed_08, completed_09, completed_10, completed_11, completed_12)
SELECT u.project_id, u.yr, p.industry_code, p.area_code, p.owner_unit_code, p.project_level, SUM(u.planned),
    SUM(CASE WHEN u.mon = 1 THEN u.done ELSE 0 END), SUM(CASE WHEN u.mon = 2 THEN u.done ELSE 0 END),
    SUM(CASE WHEN u.mon = 3 THEN u.done ELSE 0 END), SUM(CASE WHEN u.mon = 4 THEN u.done ELSE 0 END),
    SUM(CASE WHEN u.mon = 5 THEN u.done ELSE 0 END), SUM(CASE WHEN u.mon = 6 THEN u.done ELSE 0 END),
    SUM(CASE WHEN u.mon = 7 THEN u.done ELSE 0 END), SUM(CASE WHEN u.mon = 8 THEN u.done ELSE 0 END),
    SUM(CASE WHEN u.mon = 9 THEN u.done ELSE 0 END), SUM(CASE WHEN u.mon = 10 THEN u.done ELSE 0 END),
    SUM(CASE WHEN u.mon = 11 THEN u.done ELSE 0 END), SUM(CASE WHEN u.mon = 12 THEN u.done ELSE 0 END)
FROM (SELECT a.project_id, a.plan_year AS yr, 0 AS mon, a.planned_investment AS planned,
             CAST(0 AS DECIMAL(16,2)) AS done
      FROM annual_plan a
      UNION ALL
      SELECT r.project_id, CAST(SUBSTRING(r.report_month, 1, 4) AS INTEGER), CAST(SUBSTRING(r.report_month, 6, 2) AS INTEGER),
             CAST(0 AS DECIMAL(16,2)), r.completed_investment
      FROM monthly_report r WHERE r.superseded_at IS NULL) u
JOIN project p ON p.id = u.project_id
GROUP BY u.project_id, u.yr, p.industry_code, p.area_code, p.owner_unit_code, p.project_level;

-- Indicators as of a past day cannot change: every write is stamped with the moment it is made. An
-- answer computed once is kept here, with what it was computed over, so that a write stamped
-- before its day (a clock set back, a back-dated load) is noticed and the answer recomputed.
CREATE TABLE stats_snapshot (
    stats_year     INT         NOT NULL,
    as_of          DATE        NOT NULL,
    computed_at    DATETIME(6) NOT NULL,
    revision_floor BIGINT      NOT NULL,
    revision_count BIGINT      NOT NULL,
    report_floor   BIGINT      NOT NULL,
    report_count   BIGINT      NOT NULL,
    body           TEXT        NOT NULL,
    PRIMARY KEY (stats_year, as_of)
);
