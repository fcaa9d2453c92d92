// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item, for
// what can be checked without launching Electron: the shell's decisions are plain functions in
// electron/main/policy.ts, and the shell's source is read to see that it uses them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  allowNavigation, allowPermission, allowRequest, APP_ORIGIN, contentSecurityPolicy, resolveAppFile, trustedSender, windowOpenDecision, windowPreferences,
} from '../../electron/main/policy';

const root = join('/opt', 'yigai', 'out', 'renderer');
const source = (file: string) => readFileSync(join('electron', file), 'utf8');
const require = createRequire(import.meta.url);

describe('app:// file resolution', () => {
  it('serves files of the renderer folder, index.html for the root', () => {
    expect(resolveAppFile(root, 'app://bundle/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle/assets/index-1a2b.js')).toBe(join(root, 'assets', 'index-1a2b.js'));
    expect(resolveAppFile(root, 'app://bundle/assets/%E5%9B%BE.png')).toBe(join(root, 'assets', '图.png'));
  });

  it('never leaves the renderer folder, however the path is written', () => {
    const attempts = [
      'app://bundle/../../secret', 'app://bundle/%2e%2e/%2e%2e/secret', 'app://bundle/%2E%2E%2F%2E%2E%2Fsecret',
      'app://bundle/assets/..%2f..%2f..%2fetc%2fpasswd', 'app://bundle/..%5c..%5cWindows%5cwin.ini', 'app://bundle/%2e%2e%5csecret',
      'app://bundle/C:%5cWindows%5cwin.ini', 'app://bundle/c:/Windows/win.ini', 'app://bundle/index.html%00.png', 'app://bundle/%E0%A4%A',
      'app://bundle//etc/passwd', 'app://evil/index.html', 'file:///etc/passwd', 'http://bundle/index.html', 'not a url',
    ];
    for (const url of attempts) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + '/') && !file.includes('..'), url).toBe(true);
    }
    // The URL parser folds encoded dots away at the root: what is left is a name inside the folder.
    expect([null, join(root, 'secret')]).toContain(resolveAppFile(root, 'app://bundle/%2e%2e/%2e%2e/secret'));
    expect(resolveAppFile(root, 'app://bundle/..%5c..%5cWindows%5cwin.ini')).toBeNull();
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'app://bundle/%E0%A4%A')).toBeNull();
  });
});

describe('Electron security checklist', () => {
  const prefs = windowPreferences('/opt/yigai/out/preload/index.cjs', false);

  it('2–4, 6, 8–12: no Node, context isolation, sandbox, web security, no insecure content, no experimental features, no webviews', () => {
    expect(prefs).toMatchObject({
      nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, contextIsolation: true, sandbox: true,
      webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(source('main/window.ts')).toContain('webPreferences: windowPreferences(');
    expect(source('main/window.ts')).toMatch(/will-attach-webview.*preventDefault/);
  });

  it('5: every permission request and check is refused, through the policy', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(allowPermission(p)).toBe(false);
    expect(source('main/window.ts')).toMatch(/setPermissionRequestHandler\(.*allowPermission/);
    expect(source('main/window.ts')).toMatch(/setPermissionCheckHandler\(.*allowPermission/);
  });

  it('7: a strict CSP, the same in the header and in the page', () => {
    const csp = Object.fromEntries(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(csp).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'connect-src': "'self'", 'object-src': "'none'", 'base-uri': "'none'", 'frame-src': "'none'" });
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|\*|http:|https:/);
    const html = readFileSync(join('renderer', 'index.html'), 'utf8');
    expect(/content="([^"]+)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))?.[1]).toBe(contentSecurityPolicy);
    expect(source('main/protocol.ts')).toContain("headers.set('Content-Security-Policy', contentSecurityPolicy)");
  });

  it('13–14: no navigation away from the app and no new windows', () => {
    expect(allowNavigation(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of ['https://example.com/', 'file:///C:/Windows/', 'app://evil/index.html', 'app://bundle.evil/', 'javascript:alert(1)']) expect(allowNavigation(url), url).toBe(false);
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    const window = source('main/window.ts');
    expect(window).toContain('setWindowOpenHandler(windowOpenDecision)');
    expect(window).toMatch(/will-navigate[^]*allowNavigation/);
    expect(window).toMatch(/will-redirect[^]*allowNavigation/);
  });

  it('1, 18: only the app’s own files load — no network, no file:// — and the session cancels the rest', () => {
    expect(allowRequest(`${APP_ORIGIN}/assets/a.js`, false)).toBe(true);
    for (const url of ['https://cdn.example.com/a.js', 'http://127.0.0.1:8080/', 'ws://localhost/', 'file:///etc/passwd', 'devtools://devtools/']) {
      expect(allowRequest(url, false), url).toBe(false);
    }
    expect(source('main/window.ts')).toMatch(/onBeforeRequest\([^]*allowRequest/);
  });

  it('15: nothing is handed to the system to open', () => {
    for (const file of ['main/index.ts', 'main/window.ts', 'main/ipc.ts', 'main/menu.ts', 'main/protocol.ts', 'preload/index.ts']) {
      expect(source(file), file).not.toMatch(/openExternal|openPath|shell\./);
    }
  });

  it('16: a supported Electron', () => {
    const major = Number((require('electron/package.json') as { version: string }).version.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(38);
  });

  it('17: IPC answers only the app’s own top frame', () => {
    expect(trustedSender({ url: `${APP_ORIGIN}/index.html`, parent: null })).toBe(true);
    expect(trustedSender({ url: `${APP_ORIGIN}/index.html`, parent: {} })).toBe(false);
    expect(trustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(trustedSender(null)).toBe(false);
    expect(source('main/ipc.ts')).toContain('if (!trustedSender(event.senderFrame)) return');
  });

  it('19: fuses are set in the packaging config', () => {
    const { load } = require('js-yaml') as { load: (s: string) => { electronFuses: Record<string, boolean> } };
    expect(load(readFileSync('electron-builder.yml', 'utf8')).electronFuses).toMatchObject({
      runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20: the preload exposes window.api alone, never ipcRenderer, and only payloads cross', () => {
    const preload = source('preload/index.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\(\s*'api',\s*buildApiObject\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).toContain('listener(payload)');
    // The built bundle, when present, is one small CommonJS file that needs nothing but electron.
    const built = join('out', 'preload', 'index.cjs');
    if (existsSync(built)) {
      const text = readFileSync(built, 'utf8');
      expect([...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    }
  });
});
