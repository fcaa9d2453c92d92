// Registers one ipcMain handler per contract channel. Every call is checked to come from
// the app's own main frame, validated by the contract, and answered as an envelope.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels, type Envelope } from '../shared/contract';
import { dispatch } from '../core/dispatch';
import type { Handlers } from '../core/handlers';
import { APP_ORIGIN } from './protocol';

function fromOwnFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(handlers: Handlers): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown): Envelope<unknown> => {
      if (!fromOwnFrame(event)) return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求' } };
      return dispatch(handlers, channel, input);
    });
  }
}
