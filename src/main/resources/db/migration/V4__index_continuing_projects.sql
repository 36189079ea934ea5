-- 续建 (continuing=true: in CONSTRUCTION and started before this year) counted by a full scan at
-- 100,000 projects; a stage-then-start-date index serves it as a range.
CREATE INDEX ix_project_stage_started ON project (stage, actual_start_date);
