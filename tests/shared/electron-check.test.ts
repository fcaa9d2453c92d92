// `npm start` where Electron's program files are missing says in Chinese how to get them, and
// nothing else; a failed run shows the Chinese line, the technical detail only when asked for.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectron, failureMessage, startOptions } from '../../scripts/electron-check.mjs';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir();
afterAll(() => tmp.remove());

/** findElectron over a pretend disk: keys are paths under /e written with `/`. */
const look = (files: Record<string, string>, env: NodeJS.ProcessEnv = {}, platform = 'linux', packageDir: string | null = '/e') => {
  const disk = Object.fromEntries(Object.entries(files).map(([p, text]) => [join(p), text]));
  return findElectron({ packageDir: packageDir && join(packageDir), env, platform, exists: (p) => p in disk, readText: (p) => disk[p]! });
};

describe('findElectron', () => {
  it('finds the binary that path.txt names under dist/', () => {
    expect(look({ '/e/path.txt': 'electron', '/e/dist/electron': '' })).toEqual({ ok: true, binary: join('/e/dist/electron') });
  });

  it('explains how to get Electron when its download never ran (no path.txt, no dist)', () => {
    const r = look({ '/e/package.json': '{"version":"45.4.1"}' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('npx install-electron');
    expect(r.message).toContain('ELECTRON_MIRROR');
    expect(r.message).toContain('npm run build:renderer && npm run harness -- --db 台账.db');
    expect(r.message).toContain('45.4.1');
    expect(r.message).not.toMatch(/Error|\bat /);
  });

  it('says so when path.txt is there but the binary is not', () => {
    expect(look({ '/e/path.txt': 'electron' }).ok).toBe(false);
  });

  it('asks for npm install when the electron package itself is absent', () => {
    const r = look({}, {}, 'linux', null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('npm install');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron itself does, with the platform’s file name', () => {
    expect(look({ '/o/electron.exe': '' }, { ELECTRON_OVERRIDE_DIST_PATH: join('/o') }, 'win32')).toMatchObject({ ok: true });
    expect(look({}, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }).ok).toBe(false);
  });
});

describe('startOptions and failureMessage', () => {
  it('takes --verbose or YIGAI_DEBUG=1 for itself and passes the other arguments to Electron', () => {
    expect(startOptions(['--verbose', '--x'], {})).toEqual({ verbose: true, electronArgs: ['--x'] });
    expect(startOptions([], { YIGAI_DEBUG: '1' })).toEqual({ verbose: true, electronArgs: [] });
    expect(startOptions(['--x'], {})).toEqual({ verbose: false, electronArgs: ['--x'] });
  });

  it('says in Chinese that the app did not start, and how to see the detail only when it is hidden', () => {
    expect(failureMessage(1, false)).toContain('--verbose');
    expect(failureMessage(1, true)).not.toContain('--verbose');
    for (const verbose of [true, false]) expect(failureMessage(1, verbose)).toMatch(/^医改台账未能启动/);
  });
});

describe('npm start without Electron', () => {
  it('prints only the Chinese explanation and exits 1, before building anything', () => {
    const r = spawnSync(process.execPath, [join('scripts', 'start.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tmp.dir },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^医改台账未能启动/);
    expect(r.stderr).not.toMatch(/Error|\n\s+at /);
  });
});
