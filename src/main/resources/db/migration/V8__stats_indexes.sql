-- Indicators over the whole registry (GET /stats/pipeline) without a pass per revision.
--
-- A report revision is current from its recorded_at until the next revision's recorded_at
-- (superseded_at), so "current as of T" is the range test recorded_at < T and (superseded_at is
-- null or superseded_at >= T). Existing rows get theirs from the revision that followed them.
ALTER TABLE monthly_report ADD COLUMN superseded_at DATETIME(6);
UPDATE monthly_report SET superseded_at = (
    SELECT n.recorded_at FROM (SELECT project_id, report_month, revision, recorded_at FROM monthly_report) n
    WHERE n.project_id = monthly_report.project_id AND n.report_month = monthly_report.report_month
      AND n.revision = monthly_report.revision + 1);

-- Covering, in project order: the year-to-date sum per project is one index scan, grouped as it
-- streams, with no table lookups and no temporary table.
CREATE INDEX ix_monthly_report_totals
    ON monthly_report (project_id, report_month, recorded_at, superseded_at, completed_investment);

-- Covering for the indicator counts, in the order they are grouped (industry, area, unit, level).
CREATE INDEX ix_project_stats
    ON project (industry_code, area_code, owner_unit_code, project_level, stage, total_investment, actual_start_date);
CREATE INDEX ix_annual_plan_aud_plan ON annual_plan_aud (project_id, plan_year);
