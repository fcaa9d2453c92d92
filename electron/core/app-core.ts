// Opens the office's database, loads the curated plans on first run, and builds the
// handlers. Used by the Electron main process, the CLI and the test harness alike.
import { createHandlers, type Handlers } from './handlers';
import { openDatabase, type Db, type OpenMode } from './db/open';
import { defaultSeedsDir } from './paths';
import { loadSeedPlans, type LoadReport } from './seeds/load-seeds';
import { applyRegimeDefaults } from './reporting/regime-setup';
import pkg from '../../package.json';

export type AppCore = { db: Db; handlers: Handlers; seeds: LoadReport; close: () => void };

/**
 * mode: 'create' (the app's start, the harness, `cli init`) may create the file; 'readwrite'
 * needs an existing file of ours; both load seed plans not yet in it. 'readonly' loads
 * nothing and changes nothing, so its seed report is empty. See db/open.ts.
 */
export type StartOptions = { mode?: OpenMode; seedsDir?: string; version?: string };

/** The version in package.json, bundled in, so the CLI and the app report the same. */
export const appVersion: string = pkg.version;

export function startCore(dbPath: string, options: StartOptions = {}): AppCore {
  const mode = options.mode ?? 'create';
  const db = openDatabase(dbPath, { mode });
  try {
    const seeds = mode === 'readonly' ? { loaded: [], skipped: [] } : loadSeedPlans(db, options.seedsDir ?? defaultSeedsDir());
    if (mode !== 'readonly') applyRegimeDefaults(db);
    const handlers = createHandlers({ db, dbPath, version: options.version ?? appVersion });
    return { db, handlers, seeds, close: () => db.close() };
  } catch (e) {
    db.close();
    throw e;
  }
}
