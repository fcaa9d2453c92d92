// Bundles the Electron main process (ESM) and the sandboxed preload (one CommonJS file),
// and copies the SQL migrations beside the main bundle where core/paths.ts looks for them.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

rmSync('out/main', { recursive: true, force: true });
rmSync('out/preload', { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'out/main/index.mjs',
  format: 'esm',
  external: ['electron', 'better-sqlite3'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'out/preload/index.cjs',
  format: 'cjs',
  external: ['electron'],
});
cpSync('electron/core/db/migrations', 'out/main/db/migrations', { recursive: true });
console.log('已构建 out/main 与 out/preload');
