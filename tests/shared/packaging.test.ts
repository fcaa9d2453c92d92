// The installer configuration is checked against electron-builder's own schema, and the
// rules that keep both runtimes working after one `npm install` are held in place.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('packaging', () => {
  it('electron-builder.yml passes electron-builder’s schema and sets the agreed targets', async () => {
    const { load } = require('js-yaml') as { load: (s: string) => Record<string, unknown> };
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = load(readFileSync('electron-builder.yml', 'utf8'));
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({
      npmRebuild: false,
      nodeGypRebuild: false,
      nsis: { oneClick: false, perMachine: true, allowToChangeInstallationDirectory: true, installerLanguages: ['zh_CN'] },
      electronFuses: { runAsNode: false, enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true },
    });
    const linux = (config.linux as { target: { target: string; arch: string[] }[] }).target;
    expect(linux).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }]);
  });

  it('never rebuilds the native module for Electron on install', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; main: string };
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/install-app-deps|electron-rebuild|@electron\/rebuild/);
    expect(pkg.main).toBe('out/main/index.mjs');
  });

  it('ships better-sqlite3 Node-API binaries for every installer target', () => {
    const dir = join(dirname(require.resolve('better-sqlite3/package.json')), 'prebuilds');
    for (const target of ['win32-x64', 'linux-x64', 'linux-arm64']) expect(existsSync(join(dir, `${target}.node`)), target).toBe(true);
  });
});

describe('resources named by the packaging config', () => {
  const { load } = require('js-yaml') as { load: (s: string) => unknown };
  const config = load(readFileSync('electron-builder.yml', 'utf8'));

  /** Every string value whose key names a file or folder: icons, installer assets, licences, scripts. */
  function namedFiles(node: unknown, key = ''): string[] {
    if (typeof node === 'string') return /icon|sidebar|header|license|include|script/i.test(key) ? [node] : [];
    if (Array.isArray(node)) return node.flatMap((n) => namedFiles(n, key));
    if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => namedFiles(v, k));
    return [];
  }

  it('names the icons, and every file it names exists', () => {
    const files = namedFiles(config);
    expect(files).toEqual(expect.arrayContaining(['resources/icon.ico', 'resources/icons']));
    for (const f of files) expect(existsSync(f), f).toBe(true);
  });

  it('gives Windows an .ico with every size from 16 to 256 px, and Linux PNGs up to 512 px', () => {
    const ico = readFileSync('resources/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(join('resources', 'icons', `${size}x${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size}`).toEqual([size, size]);
    }
  });
});
