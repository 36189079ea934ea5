-- The monthly numbers for the synthetic registry (after load-projects.sql): this year's plan for
-- every project, twelve monthly reports per project up to last month (1.2
-- million at 100,000 projects), a second revision for one report in twenty (a late correction),
-- the year's target, and one audit revision holding every project and plan as loaded, so that
-- historical (asOf) indicators have a past to read.

SET @year = YEAR(CURDATE());
SET @last = DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01');
SET @loaded = NOW(6) - INTERVAL 400 DAY;

INSERT INTO annual_plan (project_id, plan_year, planned_investment, goals, key_project, created_at, updated_at, version)
SELECT id, @year, ROUND(total_investment * 12 / 40, 2), '完成年度投资计划', project_level <> 'NONE', @loaded, @loaded, 0
FROM project;

-- Month m of the last twelve, recorded on the 3rd of the month after; amounts around 1/40 of the
-- total a month, so the year's pace varies from behind to ahead.
INSERT INTO monthly_report (project_id, report_month, revision, completed_investment, physical_progress,
                            issues, reason, late, recorded_at, recorded_by, superseded_at)
SELECT p.id, DATE_FORMAT(DATE(@last) - INTERVAL m.seq MONTH, '%Y-%m'), 1,
       ROUND(p.total_investment / 40 * (0.5 + (CRC32(CONCAT(p.id, '-', m.seq)) % 100) / 100), 2),
       '主体施工', NULL, NULL, FALSE,
       TIMESTAMP(DATE(@last) - INTERVAL m.seq MONTH + INTERVAL 1 MONTH + INTERVAL 2 DAY), 'bench', NULL
FROM project p JOIN seq_0_to_11 m;

-- One in twenty of last month's reports corrected a week later: revision 2 supersedes revision 1.
CREATE TEMPORARY TABLE b_corrected AS
SELECT id, project_id, report_month, completed_investment, recorded_at + INTERVAL 7 DAY AS corrected_at
FROM monthly_report WHERE report_month = DATE_FORMAT(@last, '%Y-%m') AND project_id % 20 = 0;
INSERT INTO monthly_report (project_id, report_month, revision, completed_investment, physical_progress,
                            issues, reason, late, recorded_at, recorded_by, superseded_at)
SELECT project_id, report_month, 2, completed_investment + 10, '主体施工（更正）', NULL, '统计口径更正', FALSE,
       corrected_at, 'bench', NULL
FROM b_corrected;
UPDATE monthly_report r JOIN b_corrected c ON c.id = r.id SET r.superseded_at = c.corrected_at;

INSERT INTO year_target (target_year, new_starts, completions, operations, planned_investment,
                         signed_lead_investment, created_at, updated_at, version)
SELECT @year, 40, 25, 20, ROUND(SUM(planned_investment) * 1.1, 2), 500000, @loaded, @loaded, 0
FROM annual_plan WHERE plan_year = @year;

INSERT INTO revinfo (revtstmp, actor) VALUES (UNIX_TIMESTAMP(@loaded) * 1000, 'bench-loader');
SET @rev = LAST_INSERT_ID();
INSERT INTO project_aud (id, rev, revtype, code, name, description, industry_code, area_code, owner_unit_code,
                         owner_name, owner_credit_code, national_project_code, stats_registered, total_investment,
                         project_level, stage, suspended_from, last_transition_date, planned_start_date,
                         planned_completion_date, actual_start_date, actual_completion_date, operation_date,
                         created_at, updated_at)
SELECT id, @rev, 0, code, name, description, industry_code, area_code, owner_unit_code, owner_name,
       owner_credit_code, national_project_code, stats_registered, total_investment, project_level, stage,
       suspended_from, last_transition_date, planned_start_date, planned_completion_date, actual_start_date,
       actual_completion_date, operation_date, created_at, updated_at
FROM project;
INSERT INTO annual_plan_aud (id, rev, revtype, project_id, plan_year, planned_investment, goals, key_project, created_at, updated_at)
SELECT id, @rev, 0, project_id, plan_year, planned_investment, goals, key_project, created_at, updated_at FROM annual_plan;
INSERT INTO year_target_aud (id, rev, revtype, target_year, new_starts, completions, operations, planned_investment,
                             signed_lead_investment, created_at, updated_at)
SELECT id, @rev, 0, target_year, new_starts, completions, operations, planned_investment, signed_lead_investment,
       created_at, updated_at FROM year_target;

ANALYZE TABLE monthly_report, annual_plan, project_aud, annual_plan_aud;
