// The clerk's edited summary text, and each time the summary went upward.
import { localStamp, parseStamp } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { SummaryDto } from '../../shared/reporting';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import { requireRegime } from '../reporting/regime-load';
import { periodIn } from '../reporting/status';
import { compileSummary, savedSummary } from './compile';

/** Stores the edited text; an empty text goes back to the compiled draft (the row stays for its sends). */
export function saveSummary(db: Db, input: { planId: string; period: string; text: string }): SummaryDto {
  const regime = requireRegime(db, input.planId);
  const p = periodIn(regime, input.period);
  const before = savedSummary(db, regime, p.kind, p.start);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO period_summaries (regime_id, period_kind, period_start, text, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (regime_id, period_kind, period_start) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    ).run(regime.regimeId, p.kind, p.start, input.text, localStamp());
    writeAudit(db, { actor: currentActor(db), action: before ? 'update' : 'create', entity: 'summary', entityId: `${input.planId} ${p.code}`, before: before?.text, after: input.text });
  })();
  return compileSummary(db, { planId: input.planId, period: p.start });
}

export function markSummarySent(db: Db, input: { planId: string; period: string; to: string; sentAt?: string; note?: string | null }): SummaryDto {
  const regime = requireRegime(db, input.planId);
  const p = periodIn(regime, input.period);
  const now = localStamp();
  const at = input.sentAt ? parseStamp(input.sentAt) : now;
  if (!at) throw new AppError('invalid_input', `报送时间“${input.sentAt}”无法识别，请写成 2017-10-13 17:30 的样子`);
  if (at > now) throw new AppError('invalid_input', '报送时间不能晚于现在');
  db.transaction(() => {
    // A send needs a summary row to hang on; an unedited summary gets one with empty text (= compiled).
    db.prepare(
      `INSERT INTO period_summaries (regime_id, period_kind, period_start, text, updated_at) VALUES (?, ?, ?, '', ?)
       ON CONFLICT (regime_id, period_kind, period_start) DO NOTHING`,
    ).run(regime.regimeId, p.kind, p.start, now);
    const summaryId = savedSummary(db, regime, p.kind, p.start)!.id;
    const actor = currentActor(db);
    db.prepare('INSERT INTO summary_sends (summary_id, sent_at, sent_to, note, actor) VALUES (?, ?, ?, ?, ?)').run(summaryId, at, input.to, input.note ?? null, actor);
    writeAudit(db, { actor, action: 'create', entity: 'summary_send', entityId: `${input.planId} ${p.code}`, after: { to: input.to, at, note: input.note ?? null } });
  })();
  return compileSummary(db, { planId: input.planId, period: p.start });
}
