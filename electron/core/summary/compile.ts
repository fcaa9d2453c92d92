// 周报汇总: everything the office compiles for a period — completeness, indicators, task progress
// and overdue tasks, incidents, each unit's narrative — and a plain-text draft of the report
// upward that the clerk edits before it is exported.
import { statusLabels } from '../../shared/ledger';
import type { IncidentDto, SummaryDto } from '../../shared/reporting';
import type { Db } from '../db/open';
import { computeIndicators } from '../indicators/compute';
import { listIncidents } from '../incidents/incidents';
import { listLedger } from '../ledger/ledger-query';
import { cellKey, momentOf, receivedIn } from '../reporting/matrix';
import { judgeSubmission } from '../reporting/periods';
import { requireRegime, type LoadedRegime } from '../reporting/regime-load';
import { periodIn, statusOf } from '../reporting/status';
import { composeSummaryText } from './compose-text';

type Saved = { id: number; text: string; updated_at: string };

export function savedSummary(db: Db, regime: LoadedRegime, kind: string, start: string): Saved | undefined {
  return db.prepare('SELECT id, text, updated_at FROM period_summaries WHERE regime_id = ? AND period_kind = ? AND period_start = ?')
    .get(regime.regimeId, kind, start) as Saved | undefined;
}

function narratives(db: Db, regime: LoadedRegime, kind: string, start: string): SummaryDto['narratives'] {
  const rows = db.prepare(
    `SELECT s.reporting_unit_id AS rid, f.label, v.value_text AS text FROM submissions s JOIN reporting_units ru ON ru.id = s.reporting_unit_id
     JOIN submission_values v ON v.submission_id = s.id JOIN form_fields f ON f.id = v.field_id
     WHERE ru.regime_id = ? AND s.period_kind = ? AND s.period_start = ? AND f.kind = 'narrative' AND TRIM(COALESCE(v.value_text, '')) <> ''
     ORDER BY f.position`,
  ).all(regime.regimeId, kind, start) as { rid: number; label: string; text: string }[];
  return regime.reporters
    .map((r) => ({ reporterId: r.id, name: r.name, fields: rows.filter((x) => x.rid === r.id).map(({ label, text }) => ({ label, text })) }))
    .filter((n) => n.fields.length > 0);
}

export function compileSummary(db: Db, input: { planId: string; period: string }): SummaryDto {
  const regime = requireRegime(db, input.planId);
  const period = periodIn(regime, input.period);
  const moment = momentOf(period.end);
  const status = statusOf(db, regime, period, moment);
  const received = receivedIn(db, regime.regimeId, period.start, period.start);
  const rows = regime.reporters.map((r) => {
    const at = received.get(cellKey(r.id, period.kind, period.start))?.receivedAt ?? null;
    return { reporterId: r.id, name: r.name, state: judgeSubmission(period, at, moment), receivedAt: at };
  });
  const indicators = computeIndicators(db, { planId: input.planId, from: period.start, to: period.end, label: period.label });
  const changed = (db.prepare(
    `SELECT t.id AS taskId, t.code, t.title, p.status, p.entered_on AS "on", p.body FROM progress_entries p JOIN tasks t ON t.id = p.task_id
     WHERE t.plan_id = ? AND p.entered_on BETWEEN ? AND ? ORDER BY p.entered_on, p.id`,
  ).all(input.planId, period.start, period.end) as { taskId: number; code: string; title: string; status: keyof typeof statusLabels | null; on: string; body: string }[])
    .map((c) => ({ ...c, status: c.status ? statusLabels[c.status] : '' }));
  const overdue = listLedger(db, { planId: input.planId, asOf: period.end }).rows
    .filter((r) => r.light === 'red')
    .map((r) => ({ taskId: r.id, code: r.code, title: r.title, due: r.due ?? '', lead: r.leadUnits.map((u) => u.name).join('、') }));
  const inPeriod = (i: IncidentDto) => i.receivedAt.slice(0, 10) >= period.start && i.receivedAt.slice(0, 10) <= period.end;
  const incidents = listIncidents(db, { planId: input.planId }).filter((i) => inPeriod(i) || (i.closedAt === null && i.receivedAt.slice(0, 10) <= period.end));
  const summary: Omit<SummaryDto, 'text' | 'edited' | 'updatedAt' | 'sends'> = {
    planId: input.planId, period, status, rows, indicators, tasks: { changed, overdue }, incidents,
    narratives: narratives(db, regime, period.kind, period.start),
  };
  const saved = savedSummary(db, regime, period.kind, period.start);
  const sends = saved
    ? (db.prepare('SELECT sent_at AS at, sent_to AS "to", note, actor FROM summary_sends WHERE summary_id = ? ORDER BY sent_at, id').all(saved.id) as SummaryDto['sends'])
    : [];
  const planTitle = db.prepare('SELECT title FROM plans WHERE id = ?').pluck().get(input.planId) as string;
  const edited = !!saved && saved.text.trim() !== '';
  return {
    ...summary,
    text: edited ? saved.text : composeSummaryText(planTitle, regime, summary),
    edited,
    updatedAt: saved?.updated_at ?? null,
    sends,
  };
}
