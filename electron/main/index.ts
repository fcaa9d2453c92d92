// The Electron shell: one instance, one hardened window, the core opened on the user-data
// folder's database. All data logic lives in core; this file only wires it up.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { startCore, type AppCore } from '../core/app-core';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { registerSchemeAsPrivileged, serveRenderer } from './protocol';
import { createMainWindow, lockDownSession, rendererDir } from './window';

let core: AppCore | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerSchemeAsPrivileged();
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start).catch((e: unknown) => fatal(e));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
}

function start(): void {
  const dbPath = process.env.YIGAI_DB ?? join(app.getPath('userData'), 'yigai-taizhang.db');
  core = startCore(dbPath, { seedsDir: join(app.getAppPath(), 'seeds'), version: app.getVersion() });
  lockDownSession();
  serveRenderer(rendererDir(app.getAppPath()));
  registerIpc(core.handlers, app.getPath('documents'));
  buildMenu();
  createMainWindow(join(app.getAppPath(), 'out', 'preload', 'index.cjs'));
}

function fatal(e: unknown): void {
  dialog.showErrorBox('医改台账无法启动', e instanceof Error ? e.message : String(e));
  app.quit();
}
