// Types for electron-check.mjs, for the tests that import it.
export type ElectronLookup =
  | { ok: true; binary: string }
  | { ok: false; message: string };

export function findElectron(where: {
  packageDir: string | null;
  env: Record<string, string | undefined>;
  platform: string;
  exists: (path: string) => boolean;
  readText: (path: string) => string;
}): ElectronLookup;

export function startOptions(argv: string[], env: Record<string, string | undefined>): { verbose: boolean; electronArgs: string[] };

export function failureMessage(status: number | null, verbose: boolean): string;
