// What `npm start` needs to decide before running Electron, kept free of side effects so the
// tests can call it: where Electron's program file is (its npm package downloads it on first
// use, which an offline office cannot do), and what to tell the clerk when it is missing or
// when the app fails.
import { join } from 'node:path';

const harness = 'npm run build:renderer && npm run harness -- --db 台账.db';

/**
 * Finds the Electron binary the way the electron package's own index.js does: path.txt names it
 * under dist/, or under ELECTRON_OVERRIDE_DIST_PATH. Never downloads.
 * @param {{ packageDir: string | null, env: Record<string, string | undefined>, platform: string,
 *   exists: (path: string) => boolean, readText: (path: string) => string }} where
 * @returns {{ ok: true, binary: string } | { ok: false, message: string }}
 */
export function findElectron({ packageDir, env, platform, exists, readText }) {
  if (!packageDir) return { ok: false, message: `医改台账未能启动：没有安装 electron 软件包，请先在项目文件夹中运行 npm install。` };
  const pathFile = join(packageDir, 'path.txt');
  const executable = exists(pathFile) ? readText(pathFile).trim() : platform === 'win32' ? 'electron.exe' : 'electron';
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist'), executable);
  if (exists(binary)) return { ok: true, binary };
  const pkg = join(packageDir, 'package.json');
  const version = exists(pkg) ? JSON.parse(readText(pkg)).version : '';
  return { ok: false, message: missingMessage(version) };
}

function missingMessage(version) {
  return `医改台账未能启动：本机还没有 Electron ${version} 的程序文件（npm install 不会下载它）。
  · 能联网时：运行 npx install-electron 下载，再运行 npm start。
    单位内网有 Electron 镜像时，先把环境变量 ELECTRON_MIRROR 设为镜像地址。
  · 离线时：把同一版本的 Electron 压缩包解压到一个文件夹，把环境变量 ELECTRON_OVERRIDE_DIST_PATH 设为该文件夹；
    或把已下载过的电脑上的 Electron 缓存文件夹（Windows：%LOCALAPPDATA%\\electron\\Cache，Linux：~/.cache/electron）
    复制到本机同一位置，再运行 npx install-electron。
  · 不用 Electron，也可以在浏览器中查看界面：${harness}
`;
}

/**
 * --verbose (or YIGAI_DEBUG=1) shows Electron's own output; the other arguments go to Electron.
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 */
export function startOptions(argv, env) {
  return { verbose: argv.includes('--verbose') || env.YIGAI_DEBUG === '1', electronArgs: argv.filter((a) => a !== '--verbose') };
}

/**
 * @param {number | null} status Electron's exit status (null when a signal ended it)
 * @param {boolean} verbose whether Electron's own output was shown
 */
export function failureMessage(status, verbose) {
  const detail = verbose ? '' : '加 --verbose（npm start -- --verbose）或设置环境变量 YIGAI_DEBUG=1 后重新运行，可看到技术细节。\n';
  return `医改台账未能启动（Electron 退出，状态 ${status ?? '被中止'}）。\n${detail}在无法运行 Electron 的机器上，可以在浏览器中查看界面：${harness}\n`;
}
