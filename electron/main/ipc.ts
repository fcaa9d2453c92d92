// Registers one ipcMain handler per contract channel. Every call is checked to come from
// the app's own main frame, validated by the contract, and answered as an envelope. A file
// channel (an export) is saved where the clerk picks in a save dialog, written whole or not at all.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { channels, type Envelope } from '../shared/contract';
import { AppError } from '../shared/errors';
import { dispatchAsync, type SaveFile } from '../core/dispatch';
import type { Handlers } from '../core/handlers';
import { APP_ORIGIN } from './protocol';

function fromOwnFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

function saveWithDialog(event: IpcMainInvokeEvent, defaultFolder: string): SaveFile {
  return async (fileName, data) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const filters = fileName.endsWith('.docx') ? [{ name: 'Word 文档', extensions: ['docx'] }] : [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
    const options = { title: '保存报表', defaultPath: `${defaultFolder}/${fileName}`, filters };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    const temp = `${choice.filePath}.part`;
    try {
      writeFileSync(temp, data);
      renameSync(temp, choice.filePath);
    } catch {
      rmSync(temp, { force: true });
      throw new AppError('write_failed', `无法保存到 ${choice.filePath}：请检查该文件是否正在 Excel 或 WPS 中打开，或所选文件夹是否可写。`);
    }
    return choice.filePath;
  };
}

export function registerIpc(handlers: Handlers, documentsFolder: string): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!fromOwnFrame(event)) return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求' } };
      return dispatchAsync(handlers, channel, input, saveWithDialog(event, documentsFolder));
    });
  }
}
