// Editing a regime: phases, hand-set days, reporters and their forms and recipients, and form
// fields. Each edit is checked first, written in one transaction with its audit row, and answered
// with the regime as it now stands.
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { RegimeSetupDto } from '../../shared/reporting';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import { officialYears } from './calendar';
import { loadRegime, regimeOfId, type LoadedRegime } from './regime-load';

export function setupOf(regime: LoadedRegime): RegimeSetupDto {
  const { regimeId, planId, name, startOn, recipient, incidentRule, phases, reporters, forms, overrides } = regime;
  return { regimeId, planId, name, startOn, recipient, incidentRule, phases, reporters, forms, overrides, officialYears };
}

export function getSetup(db: Db, planId: string): RegimeSetupDto | null {
  const regime = loadRegime(db, planId);
  return regime ? setupOf(regime) : null;
}

/** One regime edit: the work and its audit row in one transaction, answered with the regime as 报送制度 shows it. */
export function change(db: Db, regimeId: number, entity: string, entityId: number | string, work: () => { before?: unknown; after?: unknown; action: 'create' | 'update' | 'delete' }): RegimeSetupDto {
  db.transaction(() => {
    const { before, after, action } = work();
    writeAudit(db, { actor: currentActor(db), action, entity, entityId, before, after });
  })();
  return setupOf(regimeOfId(db, regimeId));
}

const phaseRow = (db: Db, phaseId: number) => {
  const row = db.prepare('SELECT * FROM reporting_phases WHERE id = ?').get(phaseId) as Record<string, unknown> & { regime_id: number } | undefined;
  if (!row) throw new AppError('not_found', '找不到该报送阶段');
  return row;
};

/** Phases may not overlap: a day belongs to one phase, so its period is never in doubt. */
function checkPhases(db: Db, regimeId: number, own: number | null, startOn: string, endOn: string | null): void {
  if (endOn !== null && endOn < startOn) throw new AppError('invalid_input', '阶段的结束日期不能早于开始日期');
  const others = db.prepare('SELECT name, start_on, end_on FROM reporting_phases WHERE regime_id = ? AND id IS NOT ?').all(regimeId, own) as {
    name: string; start_on: string; end_on: string | null;
  }[];
  const clash = others.find((o) => startOn <= (o.end_on ?? '9999-12-31') && o.start_on <= (endOn ?? '9999-12-31'));
  if (clash) throw new AppError('conflict', `与阶段“${clash.name}”（${clash.start_on} 至 ${clash.end_on ?? '长期'}）的日期重叠`);
}

type PhaseInput = Partial<ParsedInput<'reporting:addPhase'>>;
const phaseColumns = (p: PhaseInput) => ({
  name: p.name, frequency: p.frequency, start_on: p.startOn, end_on: p.endOn, due_time: p.dueTime,
  due_weekday: p.dueWeekday, week_start: p.weekStart, exempt_mode: p.exemptMode,
});

export function addPhase(db: Db, input: ParsedInput<'reporting:addPhase'>): RegimeSetupDto {
  regimeOfId(db, input.regimeId);
  checkPhases(db, input.regimeId, null, input.startOn, input.endOn ?? null);
  return change(db, input.regimeId, 'reporting_phase', input.name, () => {
    const position = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM reporting_phases WHERE regime_id = ?').pluck().get(input.regimeId);
    const c = phaseColumns(input);
    const id = db.prepare(
      `INSERT INTO reporting_phases (regime_id, name, frequency, start_on, end_on, due_time, due_weekday, week_start, exempt_mode, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(input.regimeId, c.name, c.frequency, c.start_on, c.end_on ?? null, c.due_time ?? (input.frequency === 'weekly' ? '12:00' : '17:00'),
      c.due_weekday ?? (input.frequency === 'weekly' ? 5 : null), c.week_start ?? 1, c.exempt_mode ?? 'official', position).lastInsertRowid;
    return { action: 'create', after: { id: Number(id), ...input } };
  });
}

export function updatePhase(db: Db, input: ParsedInput<'reporting:updatePhase'>): RegimeSetupDto {
  const before = phaseRow(db, input.phaseId);
  const next = { ...before, ...Object.fromEntries(Object.entries(phaseColumns(input)).filter(([, v]) => v !== undefined)) };
  checkPhases(db, before.regime_id, input.phaseId, next.start_on as string, (next.end_on as string | null) ?? null);
  return change(db, before.regime_id, 'reporting_phase', input.phaseId, () => {
    db.prepare(
      `UPDATE reporting_phases SET name = ?, frequency = ?, start_on = ?, end_on = ?, due_time = ?, due_weekday = ?, week_start = ?, exempt_mode = ? WHERE id = ?`,
    ).run(next.name, next.frequency, next.start_on, next.end_on ?? null, next.due_time ?? null, next.due_weekday ?? null, next.week_start, next.exempt_mode, input.phaseId);
    return { action: 'update', before, after: next };
  });
}

export function removePhase(db: Db, phaseId: number): RegimeSetupDto {
  const before = phaseRow(db, phaseId);
  return change(db, before.regime_id, 'reporting_phase', phaseId, () => {
    db.prepare('DELETE FROM reporting_phases WHERE id = ?').run(phaseId);
    return { action: 'delete', before };
  });
}

export function setDay(db: Db, input: ParsedInput<'reporting:setDay'>): RegimeSetupDto {
  regimeOfId(db, input.regimeId);
  const before = db.prepare('SELECT day, kind, reason FROM reporting_exemptions WHERE regime_id = ? AND day = ?').get(input.regimeId, input.day);
  if (!before && input.kind === null) throw new AppError('not_found', `${input.day} 没有手动设置`);
  return change(db, input.regimeId, 'reporting_day', input.day, () => {
    db.prepare('DELETE FROM reporting_exemptions WHERE regime_id = ? AND day = ?').run(input.regimeId, input.day);
    if (input.kind !== null) {
      db.prepare('INSERT INTO reporting_exemptions (regime_id, day, reason, kind) VALUES (?, ?, ?, ?)').run(input.regimeId, input.day, input.reason ?? null, input.kind);
    }
    return { action: input.kind === null ? 'delete' : before ? 'update' : 'create', before, after: input.kind === null ? undefined : input };
  });
}
