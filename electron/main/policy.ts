// Every decision the Electron shell makes, as plain functions: which file an app:// request may
// read, the page's Content-Security-Policy, where the window may navigate, which requests may
// leave the page, which frames may call the core, and the window's web preferences. No electron
// import here, so tests/shared/shell-policy.test.ts checks each one in Node, item by item against
// Electron's security checklist, without launching Electron.
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The file under `rootDir` an app:// request names, or null: another host, a path that is not
 * valid percent-encoding, a NUL, or anything that resolves outside the renderer folder (`..`,
 * `%2e%2e`, `%2f`, a backslash or a drive letter smuggled in encoded).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || /(^|\/)\.\.(\/|$)/.test(path) || /^\/?[a-z]:/i.test(path)) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = normalize(rootDir);
  const file = normalize(join(root, path));
  const inside = relative(root, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

/**
 * The page's policy, sent as a header with every app:// response (and the same as the meta tag in
 * renderer/index.html, which the harness serves): only the app's own files; antd injects styles
 * at run time, hence 'unsafe-inline' for style-src alone; no frames, objects, forms or base.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

const sameOrigin = (url: string): boolean => url.startsWith(`${APP_ORIGIN}/`);

/** The window only ever shows the app's own page. */
export const allowNavigation = (url: string): boolean => sameOrigin(url);

/** No new windows, ever: the app has one window and opens nothing from the page. */
export const windowOpenDecision = (): { action: 'deny' } => ({ action: 'deny' });

/** Every permission (camera, notifications, geolocation, clipboard-read…) is refused. */
export const allowPermission = (_permission?: string): boolean => false;

/** No network: a request leaves the session only for the app's own files (and devtools when open). */
export const allowRequest = (url: string, devTools: boolean): boolean => sameOrigin(url) || (devTools && url.startsWith('devtools://'));

/** IPC is answered only for the app's own top frame, never for a subframe or another origin. */
export function trustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && sameOrigin(frame.url);
}

/** The main window's web preferences: isolated, sandboxed, no Node, nothing relaxed. */
export function windowPreferences(preloadPath: string, devTools: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools,
  } as const;
}
