-- 0003: what the reporting regime, submissions, 催报, incidents, indicators and the weekly
-- summary need beyond 0001.

-- Per phase: the weekly due day, the week's first day (1 = Monday … 7 = Sunday), and which days
-- need no report. due_time (0001) is 'HH:MM'.
ALTER TABLE reporting_phases ADD COLUMN due_weekday INTEGER CHECK (due_weekday BETWEEN 1 AND 7);
ALTER TABLE reporting_phases ADD COLUMN week_start INTEGER NOT NULL DEFAULT 1 CHECK (week_start BETWEEN 1 AND 7);
ALTER TABLE reporting_phases ADD COLUMN exempt_mode TEXT NOT NULL DEFAULT 'official' CHECK (exempt_mode IN ('none', 'weekends', 'official'));
-- A day set by hand: 'off' needs no report, 'on' needs one whatever the calendar says.
ALTER TABLE reporting_exemptions ADD COLUMN kind TEXT NOT NULL DEFAULT 'off' CHECK (kind IN ('off', 'on'));
-- Defaults (forms, due times, formulas) are applied once per regime; this records that they were.
ALTER TABLE reporting_regimes ADD COLUMN setup_version INTEGER NOT NULL DEFAULT 0;

-- The form a reporter fills in, and who besides the office receives its report.
ALTER TABLE reporting_units ADD COLUMN form_id INTEGER REFERENCES report_forms (id);
CREATE TABLE reporter_recipients (
  reporting_unit_id INTEGER NOT NULL REFERENCES reporting_units (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  PRIMARY KEY (reporting_unit_id, unit_id)
) STRICT;

-- Bounds of a figure (a value outside them needs a comment); a field may be required.
ALTER TABLE data_elements ADD COLUMN min_value REAL;
ALTER TABLE data_elements ADD COLUMN max_value REAL;
ALTER TABLE form_fields ADD COLUMN required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1));
ALTER TABLE form_fields ADD COLUMN help TEXT;
ALTER TABLE submission_values ADD COLUMN comment TEXT;
-- When the clerk typed it, as against received_at, when the report reached the office.
ALTER TABLE submissions ADD COLUMN entered_at TEXT;
CREATE INDEX submissions_by_period ON submissions (period_kind, period_start);

-- 催报: each reminder sent to a reporter for a period.
CREATE TABLE reminders (
  id INTEGER PRIMARY KEY,
  reporting_unit_id INTEGER NOT NULL REFERENCES reporting_units (id) ON DELETE CASCADE,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('daily', 'weekly', 'monthly')),
  period_start TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  text TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX reminders_by_period ON reminders (period_kind, period_start);

-- 专报: category, severity, what was done, and when it was closed (open while NULL).
ALTER TABLE incident_reports ADD COLUMN category TEXT NOT NULL DEFAULT 'other'
  CHECK (category IN ('opinion', 'complaint', 'safety', 'outage', 'other'));
ALTER TABLE incident_reports ADD COLUMN severity TEXT NOT NULL DEFAULT 'general'
  CHECK (severity IN ('general', 'major', 'critical'));
ALTER TABLE incident_reports ADD COLUMN actions TEXT;
ALTER TABLE incident_reports ADD COLUMN closed_at TEXT;

-- A computed indicator is Σ(sign × numerator elements) ÷ Σ(sign × denominator elements) × scale
-- (indicator_inputs holds the terms); NULL scale: the indicator is entered, not computed.
ALTER TABLE indicators ADD COLUMN scale REAL;
-- Entered values: an indicator no form computes (yubei's 28), for a unit or (unit NULL) the district.
CREATE TABLE indicator_values (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  unit_id INTEGER REFERENCES units (id),
  as_of TEXT NOT NULL,
  value REAL NOT NULL,
  note TEXT,
  entered_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX indicator_values_one ON indicator_values (indicator_id, COALESCE(unit_id, 0), as_of);

-- The weekly summary: the clerk's edited text for a period, and each time it went upward.
CREATE TABLE period_summaries (
  id INTEGER PRIMARY KEY,
  regime_id INTEGER NOT NULL REFERENCES reporting_regimes (id) ON DELETE CASCADE,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('daily', 'weekly', 'monthly')),
  period_start TEXT NOT NULL,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (regime_id, period_kind, period_start)
) STRICT;
CREATE TABLE summary_sends (
  id INTEGER PRIMARY KEY,
  summary_id INTEGER NOT NULL REFERENCES period_summaries (id) ON DELETE CASCADE,
  sent_at TEXT NOT NULL,
  sent_to TEXT NOT NULL,
  note TEXT,
  actor TEXT NOT NULL
) STRICT;

-- The figures hospitals report by default. 药品收入 excludes 中药饮片, as banan's 药占比 target
-- does; the 上年同期 figures are the comparison that cost growth needs. Amounts in 万元.
INSERT INTO data_elements (code, name, unit_label, value_type, note, min_value, max_value) VALUES
  ('visits_outpatient', '门急诊人次', '人次', 'number', NULL, 0, 1000000),
  ('discharges', '出院人次', '人次', 'number', NULL, 0, 100000),
  ('revenue_medical', '医疗收入', '万元', 'number', '医院当期医疗收入（门诊收入与住院收入之和）', 0, 100000),
  ('revenue_drug', '药品收入', '万元', 'number', '不含中药饮片收入', 0, 100000),
  ('revenue_material', '卫生材料收入', '万元', 'number', '当期卫生材料收入', 0, 100000),
  ('visits_outpatient_prior', '门急诊人次（上年同期）', '人次', 'number', '上年同一报送期的数字', 0, 1000000),
  ('discharges_prior', '出院人次（上年同期）', '人次', 'number', '上年同一报送期的数字', 0, 100000),
  ('revenue_medical_prior', '医疗收入（上年同期）', '万元', 'number', '上年同一报送期的数字，用于计算医疗费用增长幅度', 0, 100000),
  ('revenue_drug_prior', '药品收入（上年同期）', '万元', 'number', '上年同一报送期的数字，不含中药饮片', 0, 100000),
  ('revenue_material_prior', '卫生材料收入（上年同期）', '万元', 'number', '上年同一报送期的数字', 0, 100000),
  ('complaints', '投诉件数', '件', 'number', '当期收到的投诉', 0, 10000);
