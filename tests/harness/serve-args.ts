// What `npm run harness -- [--db FILE]` was asked for, or why it must not start: a --db without
// a file name would keep the data in memory and lose it; without a built renderer every page
// would be missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveUserPath } from '../../electron/cli/user-path';

export type ServeArgs = { ok: true; dbPath: string; rendererDir: string } | { ok: false; message: string };
type Context = { env: NodeJS.ProcessEnv; cwd: string; rendererDir: string };

export function parseServeArgs(argv: string[], { env, cwd, rendererDir }: Context): ServeArgs {
  const at = argv.findIndex((a) => a === '--db' || a.startsWith('--db='));
  const given = at < 0 ? undefined : argv[at]!.startsWith('--db=') ? argv[at]!.slice(5) : argv[at + 1];
  if (at >= 0 && (!given || given.startsWith('--'))) {
    return { ok: false, message: '--db 后面需要数据文件名，例如：npm run harness -- --db 台账.db' };
  }
  if (!existsSync(join(rendererDir, 'index.html'))) {
    return { ok: false, message: `界面尚未构建（${rendererDir} 中没有 index.html）：请先运行 npm run build:renderer` };
  }
  const dbPath = given ? resolveUserPath(given, env, cwd) : join(cwd, 'harness.db');
  return { ok: true, dbPath, rendererDir };
}
