// The office's name (填报单位 in every export) and the clerk's name (who, in the audit log).
import type { Settings } from '../../shared/dto';
import type { Db } from '../db/open';
import { writeAudit } from '../audit/audit';

const defaults: Settings = { officeName: '区医改办', clerkName: '' };

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { officeName: stored.officeName ?? defaults.officeName, clerkName: stored.clerkName ?? defaults.clerkName };
}

/** Who the audit log names: the clerk, or a placeholder until a name is set. */
export function currentActor(db: Db): string {
  return getSettings(db).clerkName || '未署名';
}

export function updateSettings(db: Db, next: Settings): Settings {
  return db.transaction(() => {
    const before = getSettings(db);
    const upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    upsert.run('officeName', next.officeName);
    upsert.run('clerkName', next.clerkName);
    const after = getSettings(db);
    writeAudit(db, { actor: after.clerkName || '未署名', action: 'update', entity: 'settings', before, after });
    return after;
  })();
}
