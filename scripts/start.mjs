// `npm start`: check that Electron's program file is here, build the main process, preload and
// renderer, then run the desktop app. Electron's own output is shown only with --verbose or
// YIGAI_DEBUG=1; otherwise a failure is one Chinese explanation. The tests never need Electron.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { failureMessage, findElectron, startOptions } from './electron-check.mjs';

const { verbose, electronArgs } = startOptions(process.argv.slice(2), process.env);
const packageDir = electronPackageDir();
const locate = () =>
  findElectron({ packageDir, env: process.env, platform: process.platform, exists: existsSync, readText: (path) => readFileSync(path, 'utf8') });
let electron = locate();
// First start on a connected PC (or one with ELECTRON_MIRROR set): fetch the program file once,
// quietly, with the electron package's own installer; offline this fails fast and we explain.
// Not when ELECTRON_OVERRIDE_DIST_PATH names a folder: the clerk chose that copy.
if (!electron.ok && packageDir && !process.env.ELECTRON_OVERRIDE_DIST_PATH && existsSync(`${packageDir}/install.js`)) {
  process.stderr.write('首次启动：正在获取 Electron 程序文件……\n');
  spawnSync(process.execPath, [`${packageDir}/install.js`], { stdio: verbose ? 'inherit' : 'ignore', timeout: 300_000 });
  electron = locate();
}
if (!electron.ok) {
  process.stderr.write(electron.message);
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
for (const script of ['build:electron', 'build:renderer']) {
  if (run('npm', ['run', '--silent', script]).status !== 0) process.exit(1);
}

const result = spawnSync(electron.binary, ['.', ...electronArgs], { stdio: verbose ? 'inherit' : ['inherit', 'ignore', 'ignore'] });
if (result.status !== 0) {
  process.stderr.write(failureMessage(result.status, verbose));
  process.exit(result.status || 1);
}

/** The electron package's folder, or null when it is not installed. */
function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}
