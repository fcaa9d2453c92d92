// The two light settings (临期提醒天数, 久未更新天数): defaults, round trip, kept when left out,
// and refused outside 0…90 without changing anything.
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../electron/shared/dto';
import { useSeededCore } from '../../helpers/core';

const { core, call, refused } = useSeededCore('settings');
const names = { officeName: '巴南区医改办', clerkName: '王五' };

describe('light settings', () => {
  it('default to 7 and 7 days', () => {
    expect(call('settings:get', {})).toEqual({ ok: true, value: { officeName: '区医改办', clerkName: '', dueSoonDays: 7, staleDays: 7, followUpDays: { remind: 1, urge: 7, notify: 15 } } });
  });

  it('are saved as text under their keys, read back, and kept when an update leaves them out', () => {
    expect(call('settings:update', { ...names, dueSoonDays: 3, staleDays: 0 })).toEqual({
      ok: true, value: { ...names, dueSoonDays: 3, staleDays: 0, followUpDays: { remind: 1, urge: 7, notify: 15 } },
    });
    const stored = core().db.prepare("SELECT key, value FROM settings WHERE key IN ('dueSoonDays', 'staleDays') ORDER BY key").all();
    expect(stored).toEqual([{ key: 'dueSoonDays', value: '3' }, { key: 'staleDays', value: '0' }]);
    expect(call('settings:update', { ...names, clerkName: '赵六' })).toEqual({
      ok: true, value: { ...names, clerkName: '赵六', dueSoonDays: 3, staleDays: 0, followUpDays: { remind: 1, urge: 7, notify: 15 } },
    });
    expect(call('settings:update', { ...names, staleDays: 90 })).toMatchObject({ ok: true, value: { dueSoonDays: 3, staleDays: 90 } });
    const audit = core().db.prepare("SELECT actor, before_json, after_json FROM audit_log WHERE entity = 'settings' ORDER BY id DESC LIMIT 1").get() as {
      actor: string; before_json: string; after_json: string;
    };
    expect(audit.actor).toBe('王五');
    expect(JSON.parse(audit.before_json)).toMatchObject({ staleDays: 0 });
    expect(JSON.parse(audit.after_json)).toMatchObject({ staleDays: 90 });
  });

  it.each([
    [{ dueSoonDays: 91 }, /临期提醒天数应为 0 到 90 之间的整数/],
    [{ dueSoonDays: -1 }, /临期提醒天数应为 0 到 90 之间的整数/],
    [{ staleDays: 91 }, /久未更新天数应为 0 到 90 之间的整数/],
    [{ staleDays: -1 }, /久未更新天数应为 0 到 90 之间的整数/],
    [{ staleDays: 2.5 }, /久未更新天数应为 0 到 90 之间的整数/],
    [{ dueSoonDays: '7' }, /临期提醒天数应为 0 到 90 之间的整数/],
  ])('refuses %j in Chinese and changes nothing', (days, message) => {
    refused('settings:update', { ...names, ...days }, 'invalid_input', message);
  });

  it('falls back to the default when a stored value is not a day count', () => {
    core().db.prepare("UPDATE settings SET value = 'abc' WHERE key = 'dueSoonDays'").run();
    core().db.prepare("UPDATE settings SET value = '120' WHERE key = 'staleDays'").run();
    const r = call('settings:get', {});
    expect(r.ok && (r.value as Settings)).toMatchObject({ dueSoonDays: 7, staleDays: 7 });
  });

  it('keeps the 督办 levels the office sets, and the ledger rows follow them', () => {
    expect(call('settings:update', { ...names, followUpDays: { remind: 2, urge: 5, notify: 20 } })).toMatchObject({
      ok: true, value: { followUpDays: { remind: 2, urge: 5, notify: 20 } },
    });
    expect(core().db.prepare("SELECT value FROM settings WHERE key = 'followUpDays'").pluck().get()).toBe('2,5,20');
    const ledger = call('ledger:list', { planId: 'banan-2017', asOf: '2017-09-06' });
    const rows = ledger.ok ? (ledger.value as { rows: { daysLate: number | null; followUp: string | null }[] }).rows : [];
    const late = rows.filter((r) => r.daysLate !== null);
    expect(late.length).toBeGreaterThan(0);
    for (const r of late) expect(r.followUp).toBe(r.daysLate! >= 20 ? 'notify' : r.daysLate! >= 5 ? 'urge' : r.daysLate! >= 2 ? 'remind' : null);
  });

  it.each([
    [{ remind: 0, urge: 7, notify: 15 }, /提醒天数应为 1 到 365 之间的整数/],
    [{ remind: 7, urge: 7, notify: 15 }, /督办天数应多于提醒天数/],
    [{ remind: 1, urge: 20, notify: 15 }, /通报天数应多于督办天数/],
    [{ remind: 1, urge: 7, notify: 400 }, /通报天数应为 1 到 365 之间的整数/],
  ])('refuses 督办 levels %j and changes nothing', (followUpDays, message) => {
    refused('settings:update', { ...names, followUpDays }, 'invalid_input', message);
  });

  it('falls back to the default levels when the stored ones do not rise', () => {
    core().db.prepare("INSERT INTO settings (key, value) VALUES ('followUpDays', '9,3,1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    const r = call('settings:get', {});
    expect(r.ok && (r.value as Settings).followUpDays).toEqual({ remind: 1, urge: 7, notify: 15 });
  });
});
