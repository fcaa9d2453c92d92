// The office's name (填报单位 in every export), the clerk's name (who, in the audit log) and the
// two light settings the ledger reads: dueSoonDays (临期提醒天数) and staleDays (久未更新天数).
// All are text rows of the settings table; the ledger reads the keys 'dueSoonDays' and 'staleDays'.
import type { Settings } from '../../shared/dto';
import type { Db } from '../db/open';
import { writeAudit } from '../audit/audit';

const defaults: Settings = { officeName: '区医改办', clerkName: '', dueSoonDays: 7, staleDays: 7 };

export type SettingsUpdate = { officeName: string; clerkName: string; dueSoonDays?: number; staleDays?: number };

/** A stored day count, or the default when missing or not a whole number in 0…90. */
function days(stored: string | undefined, fallback: number): number {
  if (stored === undefined || !/^\d{1,2}$/.test(stored.trim())) return fallback;
  const n = Number(stored.trim());
  return n <= 90 ? n : fallback;
}

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, string | undefined> = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return {
    officeName: stored.officeName ?? defaults.officeName,
    clerkName: stored.clerkName ?? defaults.clerkName,
    dueSoonDays: days(stored.dueSoonDays, defaults.dueSoonDays),
    staleDays: days(stored.staleDays, defaults.staleDays),
  };
}

/** Who the audit log names: the clerk, or a placeholder until a name is set. */
export function currentActor(db: Db): string {
  return getSettings(db).clerkName || '未署名';
}

/** The two names are always given; a light setting left out keeps its stored value. */
export function updateSettings(db: Db, next: SettingsUpdate): Settings {
  return db.transaction(() => {
    const before = getSettings(db);
    const upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    upsert.run('officeName', next.officeName);
    upsert.run('clerkName', next.clerkName);
    if (next.dueSoonDays !== undefined) upsert.run('dueSoonDays', String(next.dueSoonDays));
    if (next.staleDays !== undefined) upsert.run('staleDays', String(next.staleDays));
    const after = getSettings(db);
    writeAudit(db, { actor: after.clerkName || '未署名', action: 'update', entity: 'settings', before, after });
    return after;
  })();
}
