// Builds window.api from the contract's channel list: one named method per channel and one named
// subscription per event, never the raw ipcRenderer. Bundled to a single CommonJS file because
// the preload is sandboxed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApiObject, type Envelope } from '../shared/channels';

contextBridge.exposeInMainWorld(
  'api',
  buildApiObject(
    (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
    (event, listener) => {
      // Only the payload crosses: the page never sees the IpcRendererEvent (and its sender).
      const forward = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    },
  ),
);
