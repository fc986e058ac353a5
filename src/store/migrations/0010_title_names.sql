-- 资格名称 title names (issue 16): what certificates, qualification documents, publicity
-- lists, exports and the API call a level of a series — by series and, where a specialty
-- has its own ladder, by specialty (specialty '' = every specialty of the series without
-- its own rows). Names follow the national title system (the guidelines on deepening the
-- reform of each series' titles). Where a series has no name for a level, the row holds
-- the level's name (员级 …) and says so; a series or specialty without rows shows the
-- level's name too (src/core/title_names.h). Edited by the system administrator
-- (PUT /api/v1/title-names, audited); updated_at/updated_by NULL = as shipped.
CREATE TABLE title_names (
  series     TEXT NOT NULL,              -- series name (系列), as requests name it
  specialty  TEXT NOT NULL DEFAULT '',   -- '' = the whole series
  level      TEXT NOT NULL CHECK (level IN ('junior','assistant','intermediate','deputy_senior','full_senior')),
  name       TEXT NOT NULL,
  updated_at TEXT,
  updated_by TEXT,
  PRIMARY KEY (series, specialty, level)
);

INSERT INTO title_names(series, specialty, level, name) VALUES
-- 卫生 (health): the national guideline's 医、药、护、技 categories;
-- no series-wide row, so a specialty the administrator adds shows the level's name until
-- its names are set. 医疗类 (临床医学, 中医, 公共卫生, 口腔医学, 全科医学) share one ladder;
-- some provinces print 中医 titles as 主治中医师 / 副主任中医师 — edit the 中医 rows if so.
  ('卫生', '临床医学', 'junior', '医士'),
  ('卫生', '临床医学', 'assistant', '医师'),
  ('卫生', '临床医学', 'intermediate', '主治医师'),
  ('卫生', '临床医学', 'deputy_senior', '副主任医师'),
  ('卫生', '临床医学', 'full_senior', '主任医师'),
  ('卫生', '中医', 'junior', '医士'),
  ('卫生', '中医', 'assistant', '医师'),
  ('卫生', '中医', 'intermediate', '主治医师'),
  ('卫生', '中医', 'deputy_senior', '副主任医师'),
  ('卫生', '中医', 'full_senior', '主任医师'),
  ('卫生', '公共卫生', 'junior', '医士'),
  ('卫生', '公共卫生', 'assistant', '医师'),
  ('卫生', '公共卫生', 'intermediate', '主治医师'),
  ('卫生', '公共卫生', 'deputy_senior', '副主任医师'),
  ('卫生', '公共卫生', 'full_senior', '主任医师'),
  ('卫生', '口腔医学', 'junior', '医士'),
  ('卫生', '口腔医学', 'assistant', '医师'),
  ('卫生', '口腔医学', 'intermediate', '主治医师'),
  ('卫生', '口腔医学', 'deputy_senior', '副主任医师'),
  ('卫生', '口腔医学', 'full_senior', '主任医师'),
  ('卫生', '全科医学', 'junior', '医士'),
  ('卫生', '全科医学', 'assistant', '医师'),
  ('卫生', '全科医学', 'intermediate', '主治医师'),
  ('卫生', '全科医学', 'deputy_senior', '副主任医师'),
  ('卫生', '全科医学', 'full_senior', '主任医师'),
-- 护理类.
  ('卫生', '护理', 'junior', '护士'),
  ('卫生', '护理', 'assistant', '护师'),
  ('卫生', '护理', 'intermediate', '主管护师'),
  ('卫生', '护理', 'deputy_senior', '副主任护师'),
  ('卫生', '护理', 'full_senior', '主任护师'),
-- 药学类.
  ('卫生', '药学', 'junior', '药士'),
  ('卫生', '药学', 'assistant', '药师'),
  ('卫生', '药学', 'intermediate', '主管药师'),
  ('卫生', '药学', 'deputy_senior', '副主任药师'),
  ('卫生', '药学', 'full_senior', '主任药师'),
-- 技术类.
  ('卫生', '医学技术', 'junior', '技士'),
  ('卫生', '医学技术', 'assistant', '技师'),
  ('卫生', '医学技术', 'intermediate', '主管技师'),
  ('卫生', '医学技术', 'deputy_senior', '副主任技师'),
  ('卫生', '医学技术', 'full_senior', '主任技师'),
-- 中小学教师: every specialty, 学前教育 (kindergartens) included.
  ('中小学教师', '', 'junior', '三级教师'),
  ('中小学教师', '', 'assistant', '二级教师'),
  ('中小学教师', '', 'intermediate', '一级教师'),
  ('中小学教师', '', 'deputy_senior', '高级教师'),
  ('中小学教师', '', 'full_senior', '正高级教师'),
-- 工程.
  ('工程', '', 'junior', '技术员'),
  ('工程', '', 'assistant', '助理工程师'),
  ('工程', '', 'intermediate', '工程师'),
  ('工程', '', 'deputy_senior', '高级工程师'),
  ('工程', '', 'full_senior', '正高级工程师'),
-- 农业: 农艺师 for the series (农学, 农业经济, 农业机械, 水产 — the
-- guideline names 农艺师、畜牧师、兽医师 only);
  ('农业', '', 'junior', '农业技术员'),
  ('农业', '', 'assistant', '助理农艺师'),
  ('农业', '', 'intermediate', '农艺师'),
  ('农业', '', 'deputy_senior', '高级农艺师'),
  ('农业', '', 'full_senior', '正高级农艺师'),
-- 畜牧兽医: the catalogue has one specialty for both; 畜牧师 is printed (veterinarians'
-- name is 兽医师: 助理兽医师 / 兽医师 / 高级兽医师 / 正高级兽医师 — split the specialty to use it);
  ('农业', '畜牧兽医', 'junior', '农业技术员'),
  ('农业', '畜牧兽医', 'assistant', '助理畜牧师'),
  ('农业', '畜牧兽医', 'intermediate', '畜牧师'),
  ('农业', '畜牧兽医', 'deputy_senior', '高级畜牧师'),
  ('农业', '畜牧兽医', 'full_senior', '正高级畜牧师'),
-- 林业: nationally part of 工程 (林业工程), with the engineers' names.
  ('农业', '林业', 'junior', '技术员'),
  ('农业', '林业', 'assistant', '助理工程师'),
  ('农业', '林业', 'intermediate', '工程师'),
  ('农业', '林业', 'deputy_senior', '高级工程师'),
  ('农业', '林业', 'full_senior', '正高级工程师'),
-- 经济: 初级 has 助理级 only — 员级 has no name of its own, the level's
-- name stands in.
  ('经济', '', 'junior', '员级'),
  ('经济', '', 'assistant', '助理经济师'),
  ('经济', '', 'intermediate', '经济师'),
  ('经济', '', 'deputy_senior', '高级经济师'),
  ('经济', '', 'full_senior', '正高级经济师'),
-- 会计: 初级 has 助理级 only (会计员 was abolished) — 员级 is the level's name.
  ('会计', '', 'junior', '员级'),
  ('会计', '', 'assistant', '助理会计师'),
  ('会计', '', 'intermediate', '会计师'),
  ('会计', '', 'deputy_senior', '高级会计师'),
  ('会计', '', 'full_senior', '正高级会计师'),
-- 统计: 初级 has 助理级 only — 员级 is the level's name.
  ('统计', '', 'junior', '员级'),
  ('统计', '', 'assistant', '助理统计师'),
  ('统计', '', 'intermediate', '统计师'),
  ('统计', '', 'deputy_senior', '高级统计师'),
  ('统计', '', 'full_senior', '正高级统计师'),
-- 文化艺术 (群文, 文博, 图书 are their own ladders): per
-- specialty. 演员, 演奏员, 舞台美术 have one 初级 name, printed at 助理级; 员级 is the level's
-- name there.
  ('文化艺术', '演员', 'junior', '员级'),
  ('文化艺术', '演员', 'assistant', '四级演员'),
  ('文化艺术', '演员', 'intermediate', '三级演员'),
  ('文化艺术', '演员', 'deputy_senior', '二级演员'),
  ('文化艺术', '演员', 'full_senior', '一级演员'),
  ('文化艺术', '演奏员', 'junior', '员级'),
  ('文化艺术', '演奏员', 'assistant', '四级演奏员'),
  ('文化艺术', '演奏员', 'intermediate', '三级演奏员'),
  ('文化艺术', '演奏员', 'deputy_senior', '二级演奏员'),
  ('文化艺术', '演奏员', 'full_senior', '一级演奏员'),
  ('文化艺术', '舞台美术', 'junior', '员级'),
  ('文化艺术', '舞台美术', 'assistant', '舞美设计员'),
  ('文化艺术', '舞台美术', 'intermediate', '三级舞美设计师'),
  ('文化艺术', '舞台美术', 'deputy_senior', '二级舞美设计师'),
  ('文化艺术', '舞台美术', 'full_senior', '一级舞美设计师'),
  ('文化艺术', '群众文化', 'junior', '管理员'),
  ('文化艺术', '群众文化', 'assistant', '助理馆员'),
  ('文化艺术', '群众文化', 'intermediate', '馆员'),
  ('文化艺术', '群众文化', 'deputy_senior', '副研究馆员'),
  ('文化艺术', '群众文化', 'full_senior', '研究馆员'),
  ('文化艺术', '文物博物', 'junior', '文博管理员'),
  ('文化艺术', '文物博物', 'assistant', '助理馆员'),
  ('文化艺术', '文物博物', 'intermediate', '馆员'),
  ('文化艺术', '文物博物', 'deputy_senior', '副研究馆员'),
  ('文化艺术', '文物博物', 'full_senior', '研究馆员'),
  ('文化艺术', '图书资料', 'junior', '管理员'),
  ('文化艺术', '图书资料', 'assistant', '助理馆员'),
  ('文化艺术', '图书资料', 'intermediate', '馆员'),
  ('文化艺术', '图书资料', 'deputy_senior', '副研究馆员'),
  ('文化艺术', '图书资料', 'full_senior', '研究馆员'),
-- 高校教师: 助教 / 讲师 / 副教授 / 教授; 员级 has no name (the level's name).
  ('高校教师', '', 'junior', '员级'),
  ('高校教师', '', 'assistant', '助教'),
  ('高校教师', '', 'intermediate', '讲师'),
  ('高校教师', '', 'deputy_senior', '副教授'),
  ('高校教师', '', 'full_senior', '教授'),
-- 新闻: 记者 and 编辑 have no 员级 (the level's name);
-- 播音主持 has five.
  ('新闻', '记者', 'junior', '员级'),
  ('新闻', '记者', 'assistant', '助理记者'),
  ('新闻', '记者', 'intermediate', '记者'),
  ('新闻', '记者', 'deputy_senior', '主任记者'),
  ('新闻', '记者', 'full_senior', '高级记者'),
  ('新闻', '编辑', 'junior', '员级'),
  ('新闻', '编辑', 'assistant', '助理编辑'),
  ('新闻', '编辑', 'intermediate', '编辑'),
  ('新闻', '编辑', 'deputy_senior', '主任编辑'),
  ('新闻', '编辑', 'full_senior', '高级编辑'),
  ('新闻', '播音主持', 'junior', '三级播音员'),
  ('新闻', '播音主持', 'assistant', '二级播音员'),
  ('新闻', '播音主持', 'intermediate', '一级播音员'),
  ('新闻', '播音主持', 'deputy_senior', '主任播音员'),
  ('新闻', '播音主持', 'full_senior', '播音指导'),
-- 档案.
  ('档案', '', 'junior', '管理员'),
  ('档案', '', 'assistant', '助理馆员'),
  ('档案', '', 'intermediate', '馆员'),
  ('档案', '', 'deputy_senior', '副研究馆员'),
  ('档案', '', 'full_senior', '研究馆员'),
-- 中等职业学校教师: 员级 has no name (the level's name); 实习指导 its own ladder.
  ('中等职业学校教师', '', 'junior', '员级'),
  ('中等职业学校教师', '', 'assistant', '助理讲师'),
  ('中等职业学校教师', '', 'intermediate', '讲师'),
  ('中等职业学校教师', '', 'deputy_senior', '高级讲师'),
  ('中等职业学校教师', '', 'full_senior', '正高级讲师'),
  ('中等职业学校教师', '实习指导', 'junior', '三级实习指导教师'),
  ('中等职业学校教师', '实习指导', 'assistant', '二级实习指导教师'),
  ('中等职业学校教师', '实习指导', 'intermediate', '一级实习指导教师'),
  ('中等职业学校教师', '实习指导', 'deputy_senior', '高级实习指导教师'),
  ('中等职业学校教师', '实习指导', 'full_senior', '正高级实习指导教师');

-- The name is part of what was issued: a qualification and its certificate keep the name
-- of the day they were issued (a later edit of the table does not rewrite them). Rows
-- from before this migration take today's table.
ALTER TABLE qualifications ADD COLUMN title_name TEXT NOT NULL DEFAULT '';
ALTER TABLE certificates ADD COLUMN title_name TEXT NOT NULL DEFAULT '';
UPDATE qualifications SET title_name = COALESCE(
  (SELECT t.name FROM title_names t WHERE t.series = qualifications.series AND t.specialty = qualifications.specialty
     AND t.specialty <> '' AND t.level = qualifications.level),
  (SELECT t.name FROM title_names t WHERE t.series = qualifications.series AND t.specialty = ''
     AND t.level = qualifications.level),
  CASE level WHEN 'junior' THEN '员级' WHEN 'assistant' THEN '助理级' WHEN 'intermediate' THEN '中级'
             WHEN 'deputy_senior' THEN '副高级' WHEN 'full_senior' THEN '正高级' ELSE level END);
UPDATE certificates SET title_name = COALESCE(
  (SELECT t.name FROM title_names t WHERE t.series = certificates.series AND t.specialty = certificates.specialty
     AND t.specialty <> '' AND t.level = certificates.level),
  (SELECT t.name FROM title_names t WHERE t.series = certificates.series AND t.specialty = ''
     AND t.level = certificates.level),
  CASE level WHEN 'junior' THEN '员级' WHEN 'assistant' THEN '助理级' WHEN 'intermediate' THEN '中级'
             WHEN 'deputy_senior' THEN '副高级' WHEN 'full_senior' THEN '正高级' ELSE level END);
