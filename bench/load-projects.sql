-- Synthetic project registry for the benchmark: @n projects spread over stages, industries,
-- areas, units, levels and amounts the way a district registry looks (many small projects, few
-- over 1亿; most in 前期/在建), with Chinese names. Generated inside MariaDB from its sequence
-- engine, so 100,000 rows load in seconds; CRC32 of the row number makes it deterministic.
-- Expects the Flyway schema and the session variable @n.

CREATE TEMPORARY TABLE b_industry (k INT PRIMARY KEY, code VARCHAR(32)) AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS k, code FROM ref_industry;
CREATE TEMPORARY TABLE b_area     (k INT PRIMARY KEY, code VARCHAR(32)) AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS k, code FROM ref_area;
CREATE TEMPORARY TABLE b_unit     (k INT PRIMARY KEY, code VARCHAR(32)) AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS k, code FROM ref_unit;
SET @ni = (SELECT COUNT(*) FROM b_industry);
SET @na = (SELECT COUNT(*) FROM b_area);
SET @nu = (SELECT COUNT(*) FROM b_unit);
SET @year = YEAR(CURDATE());
SET @place = '临港,北部,东港,海阳,鹿头山,秦皇,渤海,燕山,港城,西港,河东,白塔岭,汤河,金梦,碣石,圆明山';
SET @thing = '钢材配送,小商品城,玻璃深加工,装备制造,船舶配套,汽车零部件,金属压延,电子信息产业园,光伏组件,生物医药,新能源电池,冷链物流,商贸物流园,文化创意园,会展中心,现代农业示范园,旅游度假区,城市综合体,供热管网改造,学校建设';
SET @kind  = '项目,一期工程,二期工程,扩建项目,技改项目,产业基地,示范工程';

-- Per-row pseudo-random draws, materialised so that the joins below are primary-key lookups.
CREATE TEMPORARY TABLE b_rows (PRIMARY KEY (seq)) AS
SELECT g.*, g.hi % @ni AS ki, g.ha % @na AS ka, g.hu % @nu AS ku
FROM (
    SELECT h.seq, h.hi, h.ha, h.hu, h.ra, h.lb, h.hd,
           CASE WHEN h.sb < 15 THEN 'PLANNING' WHEN h.sb < 35 THEN 'PRELIMINARY' WHEN h.sb < 65 THEN 'CONSTRUCTION'
                WHEN h.sb < 80 THEN 'COMPLETED' WHEN h.sb < 92 THEN 'OPERATING' WHEN h.sb < 96 THEN 'SUSPENDED'
                ELSE 'CANCELLED' END AS stage,
           -- COMPLETED and OPERATING projects started well over a year ago; the rest spread over six years
           CASE WHEN h.sb BETWEEN 65 AND 91 THEN CURDATE() - INTERVAL (800 + h.hd % 1400) DAY
                ELSE CURDATE() - INTERVAL (h.hd % 2200) DAY END AS started
    FROM (
        SELECT s.seq,
               CRC32(CONCAT('stage-', s.seq)) % 100       AS sb,
               CRC32(CONCAT('industry-', s.seq))          AS hi,
               CRC32(CONCAT('area-', s.seq))              AS ha,
               CRC32(CONCAT('unit-', s.seq))              AS hu,
               CRC32(CONCAT('amount-', s.seq)) / 4294967295 AS ra,
               CRC32(CONCAT('level-', s.seq)) % 100       AS lb,
               CRC32(CONCAT('date-', s.seq))              AS hd
        FROM seq_1_to_1000000 s
        WHERE s.seq <= @n
    ) h
) g;

INSERT INTO project (code, name, description, industry_code, area_code, owner_unit_code, owner_name,
                     national_project_code, stats_registered, total_investment, project_level, stage,
                     suspended_from, last_transition_date, planned_start_date, planned_completion_date,
                     actual_start_date, actual_completion_date, operation_date, created_at, updated_at, version)
SELECT CONCAT('XM-', @year, '-', LPAD(g.seq, 6, '0')),
       CONCAT(SUBSTRING_INDEX(SUBSTRING_INDEX(@place, ',', 1 + g.seq % 16), ',', -1),
              SUBSTRING_INDEX(SUBSTRING_INDEX(@thing, ',', 1 + (g.seq DIV 16) % 20), ',', -1),
              SUBSTRING_INDEX(SUBSTRING_INDEX(@kind, ',', 1 + (g.seq DIV 320) % 7), ',', -1),
              '（', g.seq, '）'),
       '基准测试合成数据',
       i.code, a.code, u.code,
       CONCAT('秦皇岛', SUBSTRING_INDEX(SUBSTRING_INDEX(@place, ',', 1 + g.seq % 16), ',', -1), '实业', g.seq, '有限公司'),
       IF(g.seq % 3 = 0, CONCAT(@year - 1 - g.seq % 5, '-130302-', LPAD(10 + g.seq % 90, 2, '0'), '-03-', LPAD(g.seq, 6, '0')), NULL),
       g.stage IN ('CONSTRUCTION', 'COMPLETED', 'OPERATING'),
       ROUND(300 + POW(g.ra, 8) * 600000, 2),
       CASE WHEN g.lb < 55 THEN 'NONE' WHEN g.lb < 80 THEN 'DISTRICT' WHEN g.lb < 95 THEN 'MUNICIPAL' ELSE 'PROVINCIAL' END,
       g.stage,
       IF(g.stage = 'SUSPENDED', 'CONSTRUCTION', NULL),
       CASE g.stage WHEN 'PLANNING' THEN NULL
                    WHEN 'PRELIMINARY' THEN CURDATE() - INTERVAL (30 + g.hd % 700) DAY
                    WHEN 'COMPLETED' THEN g.started + INTERVAL 300 DAY
                    WHEN 'OPERATING' THEN g.started + INTERVAL 400 DAY
                    ELSE g.started END,
       g.started - INTERVAL 60 DAY,
       g.started + INTERVAL 700 DAY,
       IF(g.stage IN ('CONSTRUCTION', 'COMPLETED', 'OPERATING', 'SUSPENDED'), g.started, NULL),
       IF(g.stage IN ('COMPLETED', 'OPERATING'), g.started + INTERVAL 300 DAY, NULL),
       IF(g.stage = 'OPERATING', g.started + INTERVAL 400 DAY, NULL),
       NOW(6) - INTERVAL (g.hd % 63072000) SECOND,
       NOW(6) - INTERVAL (g.hd % 31536000) SECOND,
       0
FROM b_rows g
JOIN b_industry i ON i.k = g.ki
JOIN b_area a ON a.k = g.ka
JOIN b_unit u ON u.k = g.ku;

-- Codes created through the API after the load continue after the synthetic ones.
INSERT INTO project_code_counter (code_year, last_value) VALUES (@year, @n)
    ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, @n);
ANALYZE TABLE project;
