-- Reference data: industries, areas (parks, towns, streets) and responsible units.
-- Codes are stable identifiers other systems store; names are what people read.

CREATE TABLE ref_industry (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE ref_area (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(32),
    sort_order  INT          NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_code) REFERENCES ref_area (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE ref_unit (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO ref_industry (code, name, sort_order) VALUES
    ('TOURISM',            '旅游',         10),
    ('EQUIPMENT',          '装备制造',     20),
    ('SHIPBUILDING',       '船舶',         30),
    ('AUTOMOTIVE',         '汽车',         40),
    ('GLASS',              '玻璃制造加工', 50),
    ('METAL_ROLLING',      '金属压延',     60),
    ('ELECTRONICS',        '电子信息',     70),
    ('SOLAR_PV',           '太阳能光伏',   80),
    ('BIOMEDICINE',        '生物医药',     90),
    ('NEW_ENERGY',         '新能源',      100),
    ('MODERN_LOGISTICS',   '现代物流',    110),
    ('TRADE_LOGISTICS',    '商贸物流',    120),
    ('CULTURAL_CREATIVE',  '文化创意',    130),
    ('CONVENTION',         '商务会展',    140),
    ('PRIVATE_FINANCE',    '民营金融',    150),
    ('AGRI_INDUSTRY',      '农业产业化',  160),
    ('COMMERCE',           '商贸服务',    170),
    ('URBAN_INFRA',        '城市基础设施', 180),
    ('SOCIAL',             '社会事业',    190);

INSERT INTO ref_area (code, name, kind, parent_code, sort_order) VALUES
    ('LINGANG',            '临港产业聚集区',   'ZONE',   NULL, 10),
    ('HAIYANG',            '海阳片区',         'ZONE',   NULL, 20),
    ('LUTOUSHAN',          '鹿头山片区',       'ZONE',   NULL, 30),
    ('DONGGANG',           '东港镇',           'TOWN',   NULL, 40),
    ('HAIGANG_TOWN',       '海港镇',           'TOWN',   NULL, 50),
    ('XIGANG_TOWN',        '西港镇',           'TOWN',   NULL, 60),
    ('WENHUALU',           '文化路街道',       'STREET', NULL, 100),
    ('HAIBINLU',           '海滨路街道',       'STREET', NULL, 110),
    ('BEIHUANLU',          '北环路街道',       'STREET', NULL, 120),
    ('JIANSHEDAJIE',       '建设大街街道',     'STREET', NULL, 130),
    ('HEDONG',             '河东街道',         'STREET', NULL, 140),
    ('XIGANGLU',           '西港路街道',       'STREET', NULL, 150),
    ('YANSHANDAJIE',       '燕山大街街道',     'STREET', NULL, 160),
    ('GANGCHENGDAJIE',     '港城大街街道',     'STREET', NULL, 170),
    ('DONGHUANLU',         '东环路街道',       'STREET', NULL, 180),
    ('BAITALING',          '白塔岭街道',       'STREET', NULL, 190);

INSERT INTO ref_area (code, name, kind, parent_code, sort_order) VALUES
    ('NORTH_INDUSTRIAL',   '北部工业区',       'PARK', 'LINGANG', 11),
    ('LINGANG_LOGISTICS',  '临港物流园',       'PARK', 'LINGANG', 12),
    ('EAST_CIRCULAR',      '东部循环经济园区', 'PARK', 'LINGANG', 13);

INSERT INTO ref_unit (code, name, kind, sort_order) VALUES
    ('FGJ',   '发改局',                     'BUREAU',     10),
    ('GCJ',   '工促局',                     'BUREAU',     20),
    ('ZSJ',   '招商局',                     'BUREAU',     30),
    ('LYJ',   '旅游局',                     'BUREAU',     40),
    ('GHJ',   '规划局',                     'BUREAU',     50),
    ('GTFJ',  '国土分局',                   'BUREAU',     60),
    ('CZJ',   '财政局',                     'BUREAU',     70),
    ('ZJJ',   '住建局',                     'BUREAU',     80),
    ('TJJ',   '统计局',                     'BUREAU',     90),
    ('BGQGW', '北部工业区管委会',           'PARK_ADMIN', 100),
    ('WLYGW', '临港物流园管委会',           'PARK_ADMIN', 110),
    ('XHYGW', '东部循环经济园区管委会',     'PARK_ADMIN', 120),
    ('DGZ',   '东港镇人民政府',             'TOWN',       130);
