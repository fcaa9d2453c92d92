// `npm run harness -- [--db FILE]`: the UI in any local browser, where Electron is not
// available. Builds nothing: run `npm run build:renderer` first.
import { join } from 'node:path';
import { startCore } from '../../electron/core/app-core';
import { startHarness } from './server';

const dbArg = process.argv.indexOf('--db');
const dbPath = dbArg > 0 ? process.argv[dbArg + 1]! : join(process.cwd(), 'harness.db');
const core = startCore(dbPath);
const harness = await startHarness(core.handlers, join(process.cwd(), 'out', 'renderer'));
console.log(`测试服务已启动（仅本机）：${harness.url}/  数据文件：${dbPath}\n按 Ctrl+C 退出。`);
process.on('SIGINT', () => {
  void harness.close().then(() => {
    core.close();
    process.exit(0);
  });
});
