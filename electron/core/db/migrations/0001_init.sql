-- 0001: the whole domain of a district reform office. Later versions add files; a
-- shipped migration is never edited. Dates are ISO text (YYYY-MM-DD), times HH:MM,
-- timestamps ISO-8601 with offset.

CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  doc_number TEXT,
  issuer TEXT,
  issued_on TEXT,
  published_on TEXT,
  scope TEXT NOT NULL,
  source_file TEXT,
  source_text TEXT,
  caution TEXT,
  origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('seed', 'manual', 'extracted')),
  created_at TEXT NOT NULL
) STRICT;

-- One organisation per row; the same name in another district is another unit.
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('department', 'hospital', 'office', 'government', 'other')),
  note TEXT,
  UNIQUE (scope, name)
) STRICT;

CREATE TABLE unit_aliases (
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  plan_id TEXT REFERENCES plans (id) ON DELETE SET NULL,
  PRIMARY KEY (unit_id, alias)
) STRICT;

-- Which units a plan names, for per-unit views across plans.
CREATE TABLE plan_units (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  PRIMARY KEY (plan_id, unit_id)
) STRICT;

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES tasks (id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'timeline', 'duty')),
  code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  body TEXT,
  position INTEGER NOT NULL,
  units_text TEXT,
  deadline_kind TEXT NOT NULL DEFAULT 'none' CHECK (deadline_kind IN ('date', 'month', 'year', 'ongoing', 'none')),
  deadline_text TEXT,
  due_on TEXT,
  due_time TEXT,
  start_on TEXT,
  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done', 'paused')),
  caution TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX tasks_by_plan ON tasks (plan_id, kind, position);
CREATE INDEX tasks_by_parent ON tasks (parent_id);
CREATE INDEX tasks_by_due ON tasks (due_on);

CREATE TABLE task_units (
  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'cooperating', 'responsible')),
  position INTEGER NOT NULL,
  written_name TEXT NOT NULL, -- the name as this plan writes it (市卫生计生委 in 2018, though the unit is now 市卫生健康委)
  PRIMARY KEY (task_id, unit_id, role)
) STRICT;
CREATE INDEX task_units_by_unit ON task_units (unit_id);

-- Append-only: a progress note is never edited (see trigger below).
CREATE TABLE progress_entries (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  entered_on TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT CHECK (status IN ('not_started', 'in_progress', 'done', 'paused')),
  author TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX progress_by_task ON progress_entries (task_id, entered_on);
CREATE TRIGGER progress_entries_append_only BEFORE UPDATE ON progress_entries
BEGIN
  SELECT RAISE(ABORT, '进展记录只能追加，不能修改');
END;

CREATE TABLE plan_phases (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  start_on TEXT NOT NULL,
  end_on TEXT NOT NULL,
  text TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE phase_milestones (
  phase_id INTEGER NOT NULL REFERENCES plan_phases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (phase_id, position)
) STRICT;

CREATE TABLE working_groups (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  code TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  duties TEXT,
  lead_units_text TEXT,
  member_units_text TEXT,
  roster_members_text TEXT,
  position INTEGER NOT NULL,
  UNIQUE (plan_id, name)
) STRICT;

CREATE TABLE group_units (
  group_id INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'member')),
  position INTEGER NOT NULL,
  written_name TEXT NOT NULL,
  PRIMARY KEY (group_id, unit_id, role)
) STRICT;

CREATE TABLE group_roster (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('leader', 'deputyLeader', 'member')),
  person_name TEXT,
  post TEXT,
  unit_id INTEGER REFERENCES units (id),
  position INTEGER NOT NULL
) STRICT;

-- duty: one of the group's own duties; responsible: the group is a 责任组 of the task.
CREATE TABLE group_tasks (
  group_id INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('duty', 'responsible')),
  PRIMARY KEY (group_id, task_id)
) STRICT;
CREATE INDEX group_tasks_by_task ON group_tasks (task_id);

-- 一院一组: one on-site supervision team per hospital.
CREATE TABLE supervision_teams (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  hospital_unit_id INTEGER NOT NULL REFERENCES units (id),
  members_text TEXT,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE supervision_team_members (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES supervision_teams (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('leader', 'deputyLeader', 'member')),
  person_name TEXT NOT NULL,
  post TEXT,
  unit_id INTEGER REFERENCES units (id)
) STRICT;

-- Raw figures units report; indicators are computed from them.
CREATE TABLE data_elements (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  unit_label TEXT,
  value_type TEXT NOT NULL DEFAULT 'number' CHECK (value_type IN ('number', 'text')),
  note TEXT
) STRICT;

CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  code TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  category TEXT,
  name TEXT NOT NULL,
  unit_label TEXT,
  direction TEXT NOT NULL DEFAULT 'none' CHECK (direction IN ('higher', 'lower', 'none')),
  baseline_year INTEGER,
  baseline_text TEXT,
  baseline_value REAL,
  responsible_units_text TEXT,
  note TEXT
) STRICT;

CREATE TABLE indicator_targets (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL,
  comparator TEXT CHECK (comparator IN ('<', '<=', '>', '>=', '=')),
  PRIMARY KEY (indicator_id, year)
) STRICT;

CREATE TABLE indicator_units (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  position INTEGER NOT NULL,
  written_name TEXT NOT NULL,
  PRIMARY KEY (indicator_id, unit_id)
) STRICT;

-- numerator / denominator terms: district values come from summed parts, never means of ratios.
CREATE TABLE indicator_inputs (
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  data_element_id INTEGER NOT NULL REFERENCES data_elements (id),
  role TEXT NOT NULL CHECK (role IN ('numerator', 'denominator')),
  sign INTEGER NOT NULL DEFAULT 1 CHECK (sign IN (1, -1)),
  PRIMARY KEY (indicator_id, data_element_id, role)
) STRICT;

CREATE TABLE reporting_regimes (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  start_on TEXT NOT NULL,
  text TEXT NOT NULL,
  recipient_unit_id INTEGER REFERENCES units (id),
  incident_rule TEXT
) STRICT;

CREATE TABLE reporting_phases (
  id INTEGER PRIMARY KEY,
  regime_id INTEGER NOT NULL REFERENCES reporting_regimes (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
  start_on TEXT NOT NULL,
  end_on TEXT,
  due_time TEXT,
  text TEXT,
  position INTEGER NOT NULL
) STRICT;

-- Days without reports (holidays) inside a phase.
CREATE TABLE reporting_exemptions (
  regime_id INTEGER NOT NULL REFERENCES reporting_regimes (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  reason TEXT,
  PRIMARY KEY (regime_id, day)
) STRICT;

-- A reporter is a unit (a hospital) or a working group.
CREATE TABLE reporting_units (
  id INTEGER PRIMARY KEY,
  regime_id INTEGER NOT NULL REFERENCES reporting_regimes (id) ON DELETE CASCADE,
  unit_id INTEGER REFERENCES units (id),
  group_id INTEGER REFERENCES working_groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  CHECK ((unit_id IS NULL) <> (group_id IS NULL))
) STRICT;

CREATE TABLE regime_summaries (
  id INTEGER PRIMARY KEY,
  regime_id INTEGER NOT NULL REFERENCES reporting_regimes (id) ON DELETE CASCADE,
  frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
  text TEXT NOT NULL,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE summary_recipients (
  summary_id INTEGER NOT NULL REFERENCES regime_summaries (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  PRIMARY KEY (summary_id, unit_id)
) STRICT;

-- Forms are data: figures (data elements) and narrative fields.
CREATE TABLE report_forms (
  id INTEGER PRIMARY KEY,
  regime_id INTEGER NOT NULL REFERENCES reporting_regimes (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  frequency TEXT CHECK (frequency IN ('daily', 'weekly', 'monthly'))
) STRICT;

CREATE TABLE form_fields (
  id INTEGER PRIMARY KEY,
  form_id INTEGER NOT NULL REFERENCES report_forms (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('figure', 'narrative')),
  data_element_id INTEGER REFERENCES data_elements (id),
  label TEXT NOT NULL,
  position INTEGER NOT NULL,
  CHECK (kind = 'narrative' OR data_element_id IS NOT NULL)
) STRICT;

CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  reporting_unit_id INTEGER NOT NULL REFERENCES reporting_units (id) ON DELETE CASCADE,
  form_id INTEGER NOT NULL REFERENCES report_forms (id), -- NOT NULL so the UNIQUE below holds (NULLs never collide)
  period_kind TEXT NOT NULL CHECK (period_kind IN ('daily', 'weekly', 'monthly')),
  period_start TEXT NOT NULL,
  received_at TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
  source_file TEXT,
  note TEXT,
  UNIQUE (reporting_unit_id, form_id, period_kind, period_start)
) STRICT;

CREATE TABLE submission_values (
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  field_id INTEGER NOT NULL REFERENCES form_fields (id),
  value_num REAL,
  value_text TEXT,
  PRIMARY KEY (submission_id, field_id)
) STRICT;

-- 专报: unscheduled reports of major events.
CREATE TABLE incident_reports (
  id INTEGER PRIMARY KEY,
  plan_id TEXT REFERENCES plans (id) ON DELETE SET NULL,
  unit_id INTEGER REFERENCES units (id),
  occurred_at TEXT,
  reported_at TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Every mutation: who, when, what, before and after (JSON).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);
