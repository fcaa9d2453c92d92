// Registers one ipcMain handler per contract channel. Every call is checked to come from
// the app's own main frame, validated by the contract, and answered as an envelope. File
// channels reach the disk only through the dialogs here: a report is saved where the clerk picks,
// templates go into the folder the clerk picks, imports read the files or folder the clerk picks;
// everything is written whole or not at all. Progress goes back to the calling page as an event.
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { channels, type Envelope } from '../shared/contract';
import { dispatchAsync, type FileAdapter } from '../core/dispatch';
import { writeWhole } from '../core/files/write-whole';
import type { Handlers } from '../core/handlers';
import { trustedSender } from './policy';


const workbooks = [{ name: 'Excel 工作簿（含 WPS 表格）', extensions: ['xlsx', 'xls', 'et'] }];
const databases = [{ name: '医改台账数据文件', extensions: ['db'] }];

function saveFilters(fileName: string): Electron.FileFilter[] {
  if (fileName.endsWith('.docx')) return [{ name: 'Word 文档', extensions: ['docx'] }];
  if (fileName.endsWith('.db')) return databases;
  return [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
}

function dialogsFor(event: IpcMainInvokeEvent, defaultFolder: string): FileAdapter {
  const window = BrowserWindow.fromWebContents(event.sender);
  const open = (options: Electron.OpenDialogOptions) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
  return {
    saveFile: async (fileName, data) => {
      const filters = saveFilters(fileName);
      const options = { title: fileName.endsWith('.db') ? '导出数据文件' : '保存报表', defaultPath: join(defaultFolder, fileName), filters };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      return writeWhole(choice.filePath, data);
    },
    chooseFolder: async (purpose) => {
      const title = purpose === 'backups' ? '选择存放备份的文件夹（本机的另一块磁盘或 U 盘）' : '选择保存模板的文件夹';
      const choice = await open({ title, defaultPath: defaultFolder, properties: ['openDirectory', 'createDirectory'] });
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    chooseFiles: async (kind) => {
      const choice = kind === 'folder'
        ? await open({ title: '选择收回模板所在的文件夹', defaultPath: defaultFolder, properties: ['openDirectory'] })
        : kind === 'database'
        ? await open({ title: '选择要导入的医改台账数据文件', defaultPath: defaultFolder, properties: ['openFile'], filters: databases })
        : await open({ title: '选择收回的模板', defaultPath: defaultFolder, properties: ['openFile', 'multiSelections'], filters: workbooks });
      return choice.canceled || !choice.filePaths.length ? null : choice.filePaths;
    },
    progress: (p) => {
      if (!event.sender.isDestroyed()) event.sender.send('progress', p);
    },
  };
}

export function registerIpc(handlers: Handlers, documentsFolder: string): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!trustedSender(event.senderFrame)) return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求' } };
      return dispatchAsync(handlers, channel, input, dialogsFor(event, documentsFolder));
    });
  }
}
