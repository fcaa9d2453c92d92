// The audit log read back: newest first, before/after as objects, filtered by the clerk's local
// days (inclusive), by entity and by actor, and limited.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../../electron/core/audit/audit';
import type { AuditEntryDto } from '../../../electron/shared/dto';
import { useSeededCore } from '../../helpers/core';

// The office's clock: Beijing time, whatever the machine running the tests uses.
process.env.TZ = 'Asia/Shanghai';

const { core, call, value } = useSeededCore('audit');
const list = (filter: Record<string, unknown>) => value<AuditEntryDto[]>('audit:list', filter);

beforeAll(() => {
  const db = core().db;
  db.prepare("DELETE FROM audit_log WHERE entity = 'plan'").run(); // the seed loads, stamped now
  writeAudit(db, { actor: '李四', action: 'update', entity: 'settings', before: { clerkName: '' }, after: { clerkName: '李四' } }, '2024-03-09T15:59:59.000Z'); // 3 月 9 日 23:59
  writeAudit(db, { actor: '李四', action: 'update', entity: 'unit', entityId: 12, before: { name: 'a' }, after: { name: 'b' } }, '2024-03-09T16:00:00.000Z'); // 3 月 10 日 0:00
  writeAudit(db, { actor: '王五', action: 'update', entity: 'group_roster', entityId: 4, after: { roster: [] } }, '2024-03-10T15:59:59.999Z'); // 3 月 10 日 23:59
  writeAudit(db, { actor: '王五', action: 'delete', entity: 'unit', entityId: 13 }, '2024-03-11T01:00:00.000Z'); // 3 月 11 日 9:00
  writeAudit(db, { actor: '李四', action: 'update', entity: 'unit', entityId: 12 }, '2024-03-12T08:00:00+08:00'); // 3 月 12 日, written with an offset
});

describe('audit:list', () => {
  it('lists newest first with before and after parsed', () => {
    const all = list({});
    expect(all.map((e) => e.at)).toEqual([
      '2024-03-12T08:00:00+08:00', '2024-03-11T01:00:00.000Z', '2024-03-10T15:59:59.999Z', '2024-03-09T16:00:00.000Z', '2024-03-09T15:59:59.000Z',
    ]);
    expect(all[3]).toEqual({
      id: expect.any(Number), at: '2024-03-09T16:00:00.000Z', actor: '李四', action: 'update', entity: 'unit', entityId: '12',
      before: { name: 'a' }, after: { name: 'b' },
    });
    expect(all[1]).toMatchObject({ entityId: '13', before: null, after: null });
  });

  it('takes from and to as local days, both included', () => {
    const on = (from: string, to: string) => list({ from, to }).map((e) => e.at);
    expect(on('2024-03-10', '2024-03-10')).toEqual(['2024-03-10T15:59:59.999Z', '2024-03-09T16:00:00.000Z']);
    expect(on('2024-03-09', '2024-03-09')).toEqual(['2024-03-09T15:59:59.000Z']);
    expect(on('2024-03-11', '2024-03-12')).toEqual(['2024-03-12T08:00:00+08:00', '2024-03-11T01:00:00.000Z']);
    expect(list({ from: '2024-03-11' })).toHaveLength(2);
    expect(list({ to: '2024-03-10' })).toHaveLength(3);
    expect(on('2024-03-13', '2024-03-20')).toEqual([]);
  });

  it('filters by entity and actor, and limits', () => {
    expect(list({ entity: 'unit' }).map((e) => e.entityId)).toEqual(['12', '13', '12']);
    expect(list({ actor: '王五' }).map((e) => e.entity)).toEqual(['unit', 'group_roster']);
    expect(list({ entity: 'unit', actor: '李四', from: '2024-03-10' }).map((e) => e.at)).toEqual([
      '2024-03-12T08:00:00+08:00', '2024-03-09T16:00:00.000Z',
    ]);
    expect(list({ limit: 2 }).map((e) => e.at)).toEqual(['2024-03-12T08:00:00+08:00', '2024-03-11T01:00:00.000Z']);
  });

  it('sees the audit rows the units channels write', () => {
    const id = core().db.prepare("SELECT id FROM units WHERE scope = '利州区' AND name = '区财政局'").pluck().get() as number;
    expect(call('units:rename', { unitId: id, name: '利州区财政局' }).ok).toBe(true);
    const [latest] = list({ entity: 'unit', limit: 1 });
    expect(latest).toMatchObject({ actor: '未署名', entityId: String(id), before: { name: '区财政局' }, after: { name: '利州区财政局' } });
  });

  it('refuses a date that does not exist and a limit out of range', () => {
    for (const bad of [{ from: '2024-02-30' }, { to: '2024/03/01' }, { limit: 0 }, { limit: 5001 }, { actor: 3 }]) {
      const r = call('audit:list', bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid_input');
    }
  });
});
