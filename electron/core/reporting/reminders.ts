// 催报: every reporter still without a report for a period, with the sentence to paste into a
// phone message or chat, and the log of reminders sent.
import { chineseDay, localStamp } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { PeriodStatusDto, RemindersDto } from '../../shared/reporting';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import { momentOf } from './matrix';
import { frequencyLabel, type Period } from './periods';
import { requireRegime, type LoadedRegime } from './regime-load';
import { periodIn, statusOf } from './status';

/** 9月5日 / 第41周（10月9日至10月15日） / 2017年10月: the period as a reminder names it. */
const periodWords = (p: Period): string =>
  p.kind === 'daily' ? chineseDay(p.start) : p.kind === 'weekly' ? `第${Number(p.code.slice(6))}周（${chineseDay(p.start)}至${chineseDay(p.end)}）` : p.label;
const dueWords = (p: Period): string => `${chineseDay(p.dueAt.slice(0, 10))}${p.dueAt.slice(11, 16)}`;

/** The sentence for one reporter: before the due time a request, after it a request to make up. */
export function reminderText(name: string, p: Period, overdue: boolean): string {
  const report = `${periodWords(p)}改革运行信息${frequencyLabel[p.kind]}`;
  return overdue ? `请${name}尽快补报${report}（报送时限为${dueWords(p)}）。` : `请${name}于${dueWords(p)}前报送${report}。`;
}

export function listReminders(db: Db, input: { planId: string; period: string; asOf?: string }): RemindersDto {
  const regime = requireRegime(db, input.planId);
  const period = periodIn(regime, input.period);
  const moment = momentOf(input.asOf);
  return remindersFor(db, regime, period, statusOf(db, regime, period, moment));
}

/** The 催报 list for a period whose status is already known (工作台 has it at hand). */
export function remindersFor(db: Db, regime: LoadedRegime, period: Period, status: PeriodStatusDto): RemindersDto {
  const { moment } = status;
  const owing = [...status.missingUnits.map((u) => ({ ...u, overdue: true })), ...status.pendingUnits.map((u) => ({ ...u, overdue: false }))];
  const sent = db
    .prepare(
      `SELECT m.reporting_unit_id AS rid, m.sent_at AS at, m.actor FROM reminders m JOIN reporting_units ru ON ru.id = m.reporting_unit_id
       WHERE ru.regime_id = ? AND m.period_kind = ? AND m.period_start = ? ORDER BY m.sent_at, m.id`,
    )
    .all(regime.regimeId, period.kind, period.start) as { rid: number; at: string; actor: string }[];
  const contact = new Map(regime.reporters.map((r) => [r.id, r.contact]));
  const order = new Map(regime.reporters.map((r, i) => [r.id, i]));
  const items = owing
    .sort((a, b) => order.get(a.reporterId)! - order.get(b.reporterId)!)
    .map((u) => ({
      reporterId: u.reporterId, name: u.name, contact: contact.get(u.reporterId) ?? null,
      text: reminderText(u.name, period, u.overdue),
      sent: sent.filter((s) => s.rid === u.reporterId).map(({ at, actor }) => ({ at, actor })),
    }));
  return { period, moment, items, allText: items.map((i) => i.text).join('\n') };
}

/** Records that the reminders were sent (the clerk copied them into a message) to these reporters. */
export function logReminders(db: Db, input: { planId: string; period: string; reporterIds: number[] }): RemindersDto {
  const current = listReminders(db, input);
  const byId = new Map(current.items.map((i) => [i.reporterId, i]));
  const unknown = input.reporterIds.filter((id) => !byId.has(id));
  if (unknown.length) throw new AppError('not_owing', '所选单位中有的本期已报送或不是本制度的报送单位，请刷新后再试');
  const actor = currentActor(db);
  const at = localStamp();
  const insert = db.prepare(
    'INSERT INTO reminders (reporting_unit_id, period_kind, period_start, sent_at, text, actor) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const id of input.reporterIds) {
      const item = byId.get(id)!;
      const rowId = insert.run(id, current.period.kind, current.period.start, at, item.text, actor).lastInsertRowid;
      writeAudit(db, { actor, action: 'create', entity: 'reminder', entityId: Number(rowId), after: { reporter: item.name, period: current.period.code, text: item.text } });
    }
  })();
  return listReminders(db, input);
}
