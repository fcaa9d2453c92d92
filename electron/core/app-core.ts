// Opens the office's database, loads the curated plans on first run, and builds the
// handlers. Used by the Electron main process, the CLI and the test harness alike.
import { createHandlers, type Handlers } from './handlers';
import { openDatabase, type Db } from './db/open';
import { defaultSeedsDir } from './paths';
import { loadSeedPlans, type LoadReport } from './seeds/load-seeds';
import pkg from '../../package.json';

export type AppCore = { db: Db; handlers: Handlers; seeds: LoadReport; close: () => void };

/** The version in package.json, bundled in, so the CLI and the app report the same. */
export const appVersion: string = pkg.version;

export function startCore(dbPath: string, options: { seedsDir?: string; version?: string } = {}): AppCore {
  const db = openDatabase(dbPath);
  try {
    const seeds = loadSeedPlans(db, options.seedsDir ?? defaultSeedsDir());
    const handlers = createHandlers({ db, dbPath, version: options.version ?? appVersion });
    return { db, handlers, seeds, close: () => db.close() };
  } catch (e) {
    db.close();
    throw e;
  }
}
