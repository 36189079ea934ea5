-- Test-only reference codes (never in dev or prod: only the %test profile reads db/test-data).
-- A test that aggregates (indicators, rankings, funnels, dashboards, agendas, exports) puts its
-- projects under a code of its own here and reads only that code's figures, so rows that other
-- tests wrote, on whatever day, can never change its numbers. One code, one test.

INSERT INTO ref_unit (code, name, kind, sort_order) VALUES
    ('T_STATS_COUNTS',   '测试·指标计数',         'BUREAU', 9001),
    ('T_STATS_MARCH',    '测试·三月所知',         'BUREAU', 9002),
    ('T_STATS_JUNE',     '测试·六月所知',         'BUREAU', 9003),
    ('T_STATS_NOVEMBER', '测试·十一月调整',       'BUREAU', 9004),
    ('T_STATS_REPEAT',   '测试·重复查询',         'BUREAU', 9005),
    ('T_STATS_RANKING',  '测试·单位排名',         'BUREAU', 9006),
    ('T_STATS_MONTH_END', '测试·月末快照',        'BUREAU', 9007),
    ('T_REPORTS_OWING',  '测试·欠报月报',         'BUREAU', 9011),
    ('T_REPORTS_FILING', '测试·按时报送',         'BUREAU', 9012);

INSERT INTO ref_industry (code, name, sort_order) VALUES
    ('T_STATS_COUNTS',   '测试·指标计数',         9001);
