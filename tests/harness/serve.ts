// `npm run harness -- [--db FILE]`: the UI in any local browser, where Electron is not
// available. Builds nothing: run `npm run build:renderer` first.
import { join } from 'node:path';
import type { AppCore } from '../../electron/core/app-core';
import { openOfficeDatabase } from '../../electron/core/backup/startup';
import { AppError } from '../../electron/shared/errors';
import { parseServeArgs } from './serve-args';
import { startHarness } from './server';

const args = parseServeArgs(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  rendererDir: join(process.cwd(), 'out', 'renderer'),
});
if (!args.ok) fail(args.message);
const { dbPath, rendererDir } = args;

// As the desktop app starts: the checks on open and the day's backup.
let core: AppCore;
try {
  const report = await openOfficeDatabase(dbPath);
  core = report.core;
  if (report.backupWarning) console.error(report.backupWarning);
} catch (e) {
  fail(e instanceof AppError ? e.message : (e as Error).message);
}
const harness = await startHarness(core.handlers, rendererDir);
console.log(`测试服务已启动（仅本机）：${harness.url}/  数据文件：${dbPath}\n按 Ctrl+C 退出。`);
const stop = () => {
  void harness.close().then(() => {
    core.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function fail(message: string): never {
  console.error(`错误：${message}`);
  process.exit(1);
}
