// Where the core finds its shipped files. Resolved from this module's own location so the
// same code works from source (tsx, vitest) and from the bundle in out/main/, where the
// build copies db/migrations beside index.mjs; seeds/ sits two levels up in both cases.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const defaultMigrationsDir = (): string => join(here, 'db', 'migrations');
export const defaultSeedsDir = (): string => join(here, '..', '..', 'seeds');
