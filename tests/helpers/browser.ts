// Debian's Chromium driven by playwright-core, started the way this closed network needs:
// no background networking, no component updates, a throwaway profile.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = join(process.cwd(), 'tests', '.artifacts');
export const rendererDir = join(process.cwd(), 'out', 'renderer');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`找不到 Chromium：${chromiumPath}（apt-get install chromium）`);
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('界面尚未构建：请先运行 npm run build:renderer');
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
