// Test-only loopback harness: serves the built renderer and the same core handlers over HTTP
// on 127.0.0.1 (random port, per-run token), so the real UI runs in a plain Chromium where
// Electron's binary is not available. It stands in for the IPC transport only; never shipped.
// Where the desktop shell shows a dialog, the harness uses fixed folders: files the page saves go
// to `downloads`, files the page imports come from `uploads`. Progress events go to the page as
// server-sent events.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { dispatchAsync, type FileAdapter } from '../../electron/core/dispatch';
import { writeWhole } from '../../electron/core/files/write-whole';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Handlers } from '../../electron/core/handlers';
import { channelNames, eventNames } from '../../electron/shared/channels';
import { harnessApiScript } from './api-script';

/** downloads: where files the page exports are saved; uploads: what the page's imports read (the desktop shell asks with dialogs instead). */
export type Harness = { url: string; token: string; server: Server; downloads: string; uploads: string; close: () => Promise<void> };
export type HarnessFolders = { downloads?: string; uploads?: string };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export async function startHarness(handlers: Handlers, rendererDir: string, folders: HarnessFolders = {}): Promise<Harness> {
  const token = randomBytes(16).toString('hex');
  const downloads = folders.downloads ?? mkdtempSync(join(tmpdir(), 'yigai-downloads-'));
  const uploads = folders.uploads ?? mkdtempSync(join(tmpdir(), 'yigai-uploads-'));
  const listeners = new Set<ServerResponse>();
  const adapter: FileAdapter = {
    saveFile: async (fileName, data) => writeWhole(join(downloads, fileName), data),
    chooseFolder: async (purpose) => (purpose === 'backups' ? join(downloads, '备份') : downloads),
    chooseFiles: async (kind) =>
      kind === 'folder' ? [uploads]
      : readdirSync(uploads).filter((n) => (kind === 'database') === n.endsWith('.db')).sort().map((n) => join(uploads, n)),
    progress: (p) => {
      for (const res of listeners) res.write(`event: progress\ndata: ${JSON.stringify(p)}\n\n`);
    },
  };
  const root = normalize(rendererDir + sep);
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/__events?') && openEvents(req, res, token)) {
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    void route(req, handlers, root, token, adapter).then(({ status, type, body }) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    server,
    downloads,
    uploads,
    close: () => {
      for (const res of listeners) res.end();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Reply = { status: number; type: string; body: string | Buffer };
const json = (status: number, value: unknown): Reply => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) });
const text = (status: number, body: string): Reply => ({ status, type: 'text/plain; charset=utf-8', body });

/** The event stream for the page's subscriptions: same origin and the run's token, as the API. */
function openEvents(req: IncomingMessage, res: ServerResponse, token: string): boolean {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const site = req.headers['sec-fetch-site'];
  if ((site !== undefined && site !== 'same-origin') || url.searchParams.get('token') !== token) return false;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': open\n\n');
  return true;
}

async function route(req: IncomingMessage, handlers: Handlers, root: string, token: string, adapter: FileAdapter): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // Browsers label cross-site loads; a page from elsewhere must not reach the token or the API.
  const site = req.headers['sec-fetch-site'];
  const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  if (crossSite && url.pathname.startsWith('/__')) return json(403, { ok: false, error: { code: 'forbidden', message: '拒绝跨站请求' } });
  if (url.pathname.startsWith('/__api/')) {
    if (req.method !== 'POST') return json(405, { ok: false, error: { code: 'method', message: '只接受 POST' } });
    if (req.headers['x-harness-token'] !== token) return json(403, { ok: false, error: { code: 'forbidden', message: '令牌无效' } });
    let input: unknown;
    try {
      input = JSON.parse((await readBody(req)) || '{}');
    } catch {
      return json(400, { ok: false, error: { code: 'invalid_input', message: '请求不是有效的 JSON' } });
    }
    return json(200, await dispatchAsync(handlers, decodeURIComponent(url.pathname.slice('/__api/'.length)), input, adapter));
  }
  if (url.pathname === '/__harness/api.js') {
    return { status: 200, type: types['.js']!, body: harnessApiScript(channelNames, eventNames, token) };
  }
  const path = url.pathname === '/' ? '/index.html' : url.pathname;
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) return text(403, '禁止访问');
  try {
    let body: string | Buffer = await readFile(file);
    // The harness page gets window.api from a same-origin script placed before the app's own.
    if (file.endsWith('index.html')) body = body.toString('utf8').replace('<head>', '<head><script src="./__harness/api.js"></script>');
    return { status: 200, type: types[extname(file)] ?? 'application/octet-stream', body };
  } catch {
    return text(404, '找不到该文件');
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
