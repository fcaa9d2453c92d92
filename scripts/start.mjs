// `npm start`: build the main process, preload and renderer, then run the desktop app.
// Electron fetches its own binary on first run (set ELECTRON_MIRROR to an internal mirror
// on an intranet); the tests never need it.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

for (const script of ['build:electron', 'build:renderer']) {
  if (run('npm', ['run', '--silent', script]).status !== 0) process.exit(1);
}
const result = run('electron', ['.', ...process.argv.slice(2)]);
if (result.status !== 0) {
  console.error(
    '医改台账未能启动。若提示无法下载 Electron，请联网后重试，或设置 ELECTRON_MIRROR 指向单位内部镜像；' +
      '在无法运行 Electron 的机器上，可用 npm run harness 在浏览器中查看界面。',
  );
  process.exit(result.status ?? 1);
}
