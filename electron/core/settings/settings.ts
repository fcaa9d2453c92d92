// The office's name (填报单位 in every export), the clerk's name (who, in the audit log) and the
// two light settings the ledger reads: dueSoonDays (临期提醒天数) and staleDays (久未更新天数), and
// the 督办 thresholds (followUpDays: 提醒、督办、通报 from so many days late, stored as '1,7,15').
// All are text rows of the settings table.
import type { Settings } from '../../shared/dto';
import { defaultFollowUpDays, type FollowUpDays } from '../../shared/followup';
import type { Db } from '../db/open';
import { writeAudit } from '../audit/audit';

const defaults: Settings = { officeName: '区医改办', clerkName: '', dueSoonDays: 7, staleDays: 7, followUpDays: defaultFollowUpDays };

export type SettingsUpdate = { officeName: string; clerkName: string; dueSoonDays?: number; staleDays?: number; followUpDays?: FollowUpDays };

/** A stored day count, or the default when missing or not a whole number in 0…90. */
function days(stored: string | undefined, fallback: number, max = 90): number {
  if (stored === undefined || !/^\d{1,3}$/.test(stored.trim())) return fallback;
  const n = Number(stored.trim());
  return n <= max ? n : fallback;
}

/** The 督办 thresholds as stored ('1,7,15'), or the defaults unless they are whole days rising strictly. */
function followUpDays(stored: string | undefined): FollowUpDays {
  const parts = (stored ?? '').split(',').map((s) => days(s, -1, 365));
  if (parts.length !== 3) return defaultFollowUpDays;
  const [remind, urge, notify] = parts as [number, number, number];
  if (remind < 1 || !(remind < urge && urge < notify)) return defaultFollowUpDays;
  return { remind, urge, notify };
}

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, string | undefined> = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return {
    officeName: stored.officeName ?? defaults.officeName,
    clerkName: stored.clerkName ?? defaults.clerkName,
    dueSoonDays: days(stored.dueSoonDays, defaults.dueSoonDays),
    staleDays: days(stored.staleDays, defaults.staleDays),
    followUpDays: followUpDays(stored.followUpDays),
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
    if (next.followUpDays !== undefined) {
      const { remind, urge, notify } = next.followUpDays;
      upsert.run('followUpDays', `${remind},${urge},${notify}`);
    }
    const after = getSettings(db);
    writeAudit(db, { actor: after.clerkName || '未署名', action: 'update', entity: 'settings', before, after });
    return after;
  })();
}
