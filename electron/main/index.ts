// The Electron shell: one instance, one hardened window, the core opened on the user-data
// folder's database. All data logic lives in core; this file only wires it up.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { AppCore } from '../core/app-core';
import { recoverFromBackup } from '../core/backup/restore';
import { DamagedDatabase, openOfficeDatabase, type OpenReport } from '../core/backup/startup';
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

async function start(): Promise<void> {
  const dbPath = process.env.YIGAI_DB ?? join(app.getPath('userData'), 'yigai-taizhang.db');
  const opened = await openOrRecover(dbPath);
  if (!opened) return app.quit();
  core = opened.core;
  lockDownSession();
  serveRenderer(rendererDir(app.getAppPath()));
  registerIpc(core.handlers, app.getPath('documents'));
  buildMenu();
  createMainWindow(join(app.getAppPath(), 'out', 'preload', 'index.cjs'));
}

/**
 * The checks on open refuse a damaged file without writing to it; when a good backup exists the
 * clerk may restore it (the damaged file is kept beside, renamed) or quit and call for help.
 */
async function openOrRecover(dbPath: string): Promise<OpenReport | null> {
  const options = { seedsDir: join(app.getAppPath(), 'seeds'), version: app.getVersion() };
  try {
    return await openOfficeDatabase(dbPath, options);
  } catch (e) {
    if (!(e instanceof DamagedDatabase) || !e.newestGood) throw e;
    const { response } = await dialog.showMessageBox({
      type: 'error', title: '数据文件已损坏', message: '数据文件已损坏', detail: e.message,
      buttons: ['用此备份恢复', '退出'], defaultId: 0, cancelId: 1, noLink: true,
    });
    if (response !== 0) return null;
    await recoverFromBackup(dbPath, e.newestGood.file);
    return openOfficeDatabase(dbPath, options);
  }
}

function fatal(e: unknown): void {
  dialog.showErrorBox('医改台账无法启动', e instanceof Error ? e.message : String(e));
  app.quit();
}
