-- 0004: assigning work and chasing it (交办 → 签收 → 办理 → 反馈 → 办结, and 督办 when late).

-- 联系人: the people a unit or a working group names for reform work; one owner per row.
CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER REFERENCES units (id) ON DELETE CASCADE,
  group_id INTEGER REFERENCES working_groups (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  post TEXT,
  office_phone TEXT,
  mobile TEXT,
  position INTEGER NOT NULL,
  CHECK ((unit_id IS NULL) <> (group_id IS NULL))
) STRICT;
CREATE INDEX contacts_by_unit ON contacts (unit_id);
CREATE INDEX contacts_by_group ON contacts (group_id);

-- 交办清单: a numbered list of new tasks (〔2026〕3号), drafted, then issued into a plan's ledger.
-- plan_id NULL in a draft: the standing plan 日常交办事项, made when the list is issued.
CREATE TABLE assignment_lists (
  id INTEGER PRIMARY KEY,
  plan_id TEXT REFERENCES plans (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  title TEXT NOT NULL,
  assigned_on TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('meeting', 'document', 'leader', 'other')),
  source_text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  heading_task_id INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
  issued_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (year, seq)
) STRICT;

-- Who a list goes to: a unit or a working group; 签收 is recorded per recipient.
CREATE TABLE assignment_recipients (
  id INTEGER PRIMARY KEY,
  list_id INTEGER NOT NULL REFERENCES assignment_lists (id) ON DELETE CASCADE,
  unit_id INTEGER REFERENCES units (id),
  group_id INTEGER REFERENCES working_groups (id) ON DELETE CASCADE,
  signed_at TEXT,
  signed_by TEXT,
  sign_source TEXT CHECK (sign_source IN ('manual', 'import')),
  CHECK ((unit_id IS NULL) <> (group_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX assignment_recipients_unit ON assignment_recipients (list_id, unit_id) WHERE unit_id IS NOT NULL;
CREATE UNIQUE INDEX assignment_recipients_group ON assignment_recipients (list_id, group_id) WHERE group_id IS NOT NULL;

-- One task of a list. Until the list is issued the item holds the task's fields; after, task_id
-- names the ledger task, which is the truth from then on. closed_on: 销号 by the office.
CREATE TABLE assignment_items (
  id INTEGER PRIMARY KEY,
  list_id INTEGER NOT NULL REFERENCES assignment_lists (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT,
  deadline_text TEXT,
  due_on TEXT,
  task_id INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
  closed_on TEXT,
  closed_by TEXT
) STRICT;
CREATE INDEX assignment_items_by_task ON assignment_items (task_id);

CREATE TABLE assignment_item_recipients (
  item_id INTEGER NOT NULL REFERENCES assignment_items (id) ON DELETE CASCADE,
  recipient_id INTEGER NOT NULL REFERENCES assignment_recipients (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
  PRIMARY KEY (item_id, recipient_id)
) STRICT;
CREATE UNIQUE INDEX assignment_one_lead ON assignment_item_recipients (item_id) WHERE role = 'lead';

-- 反馈: what a recipient reported on an item; it is also written to the task as a progress note.
CREATE TABLE assignment_feedback (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES assignment_items (id) ON DELETE CASCADE,
  recipient_id INTEGER NOT NULL REFERENCES assignment_recipients (id) ON DELETE CASCADE,
  reported_on TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('in_progress', 'done')),
  progress_id INTEGER REFERENCES progress_entries (id) ON DELETE SET NULL,
  source TEXT NOT NULL CHECK (source IN ('manual', 'import')),
  source_file TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX assignment_feedback_by_item ON assignment_feedback (item_id, reported_on);

-- 督办通知 sent: to a unit or a group, at a level, for the overdue tasks it names.
CREATE TABLE followup_notices (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER REFERENCES units (id),
  group_id INTEGER REFERENCES working_groups (id) ON DELETE CASCADE,
  recipient_name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('remind', 'urge', 'notify')),
  doc_number TEXT,
  as_of TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  reply_by TEXT NOT NULL,
  file_name TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK ((unit_id IS NULL) <> (group_id IS NULL))
) STRICT;
CREATE TABLE followup_notice_tasks (
  notice_id INTEGER NOT NULL REFERENCES followup_notices (id) ON DELETE CASCADE,
  task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  days_late INTEGER NOT NULL,
  PRIMARY KEY (notice_id, task_id)
) STRICT;
CREATE INDEX followup_notice_tasks_by_task ON followup_notice_tasks (task_id);
