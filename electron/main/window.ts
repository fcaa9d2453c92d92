// The one application window, hardened: isolated, sandboxed preload, no Node in the page,
// no navigation, no new windows, no webviews, no permissions, and nothing loaded from the network.
// The decisions themselves are in policy.ts.
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { allowNavigation, allowPermission, allowRequest, APP_ORIGIN, windowOpenDecision, windowPreferences } from './policy';

const devTools = !app.isPackaged && !process.env.YIGAI_NO_DEVTOOLS;

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '医改台账',
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: windowPreferences(preloadPath, devTools),
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(windowOpenDecision);
  win.webContents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Denies every permission request and every request that leaves the app's own origin. */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url, devTools) }));
}

export const rendererDir = (appPath: string): string => join(appPath, 'out', 'renderer');
