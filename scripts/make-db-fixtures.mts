// Writes tests/fixtures/db/vN.db: a database as each released data version left it, holding the
// seed plans and the clerk's own work (a progress note, a report, the settings). The newest version
// is made by the program itself; each older one holds the same rows in the columns that version
// had. Run once when a migration is added (`npx tsx scripts/make-db-fixtures.mts`) and commit the
// new file; a shipped fixture is never remade.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCore } from '../electron/core/app-core';
import { dispatch } from '../electron/core/dispatch';
import { openDatabase } from '../electron/core/db/open';
import { readMigrations } from '../electron/core/db/migrate';
import { defaultMigrationsDir } from '../electron/core/paths';

const out = join('tests', 'fixtures', 'db');
const migrations = readMigrations(defaultMigrationsDir());
const work = mkdtempSync(join(tmpdir(), 'yigai-fixtures-'));

// The newest version, with the clerk's work entered through the contract.
const full = join(work, 'full.db');
const core = startCore(full);
const call = (channel: string, input: unknown) => {
  const r = dispatch(core.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
};
call('settings:update', { officeName: '重庆市巴南区医改办', clerkName: '王芳' });
const taskId = core.db.prepare("SELECT id FROM tasks WHERE plan_id = 'banan-2017' AND title = '正式启动改革'").pluck().get();
call('progress:add', { taskIds: [taskId], enteredOn: '2017-09-01', body: '十家改革医院已按时启动', status: 'done' });
call('reporting:submit', {
  planId: 'banan-2017', reporterName: '巴南区人民医院', period: '2017-09-05', receivedAt: '2017-09-05 16:30',
  values: { 医疗收入: 120.5, 药品收入: 36.2, 卫生材料收入: 15.1 },
});
core.close();

for (const m of migrations) {
  const target = join(out, `v${m.version}.db`);
  if (existsSync(target)) continue;
  const file = join(work, `v${m.version}.db`);
  if (m.version === migrations.length) copyFileSync(full, file);
  else copyDown(file, m.version);
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
  copyFileSync(file, target);
  console.log(`已写入 ${target}`);
}
rmSync(work, { recursive: true, force: true });

/** A database made by the first `version` migrations alone. */
function bare(version: number): string {
  const dir = join(work, `m${version}`);
  const file = join(work, `bare${version}.db`);
  if (existsSync(file)) return file;
  mkdirSync(dir);
  for (const m of migrations.slice(0, version)) copyFileSync(join(defaultMigrationsDir(), m.name), join(dir, m.name));
  openDatabase(file, { migrationsDir: dir }).close();
  return file;
}

/**
 * A database at `version` holding the rows of the full one, in the columns that version had —
 * except rows that a later migration itself inserts (the default data elements), which a database
 * of that version never held.
 */
function copyDown(file: string, version: number): void {
  copyFileSync(bare(version), file);
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  const quote = (p: string) => `'${p.replace(/'/g, "''")}'`;
  db.exec(`ATTACH ${quote(full)} AS src; ATTACH ${quote(bare(migrations.length))} AS later`);
  const tables = db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  db.transaction(() => {
    for (const t of tables) {
      const here = (db.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all() as string[]);
      const there = new Set(db.prepare(`SELECT name FROM pragma_table_info('${t}', 'src')`).pluck().all() as string[]);
      const cols = here.filter((c) => there.has(c)).map((c) => `"${c}"`).join(', ');
      const byLater = `SELECT ${cols} FROM later."${t}" EXCEPT SELECT ${cols} FROM main."${t}"`;
      db.exec(`INSERT OR IGNORE INTO main."${t}" (${cols}) SELECT ${cols} FROM src."${t}" EXCEPT ${byLater}`);
    }
  })();
  db.exec('DETACH src; DETACH later');
  db.close();
}
