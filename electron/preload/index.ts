// Builds window.api from the contract's channel list: one named method per channel, never
// the raw ipcRenderer. Bundled to a single CommonJS file because the preload is sandboxed.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApiObject, type Envelope } from '../shared/channels';

contextBridge.exposeInMainWorld(
  'api',
  buildApiObject((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>),
);
