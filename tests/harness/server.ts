// Test-only loopback harness: serves the built renderer and the same core handlers over HTTP
// on 127.0.0.1 (random port, per-run token), so the real UI runs in a plain Chromium where
// Electron's binary is not available. It stands in for the IPC transport only; never shipped.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { dispatchAsync, type SaveFile } from '../../electron/core/dispatch';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Handlers } from '../../electron/core/handlers';
import { channelNames } from '../../electron/shared/channels';
import { harnessApiScript } from './api-script';

/** downloads: where files the page exports are saved (the desktop shell asks with a save dialog instead). */
export type Harness = { url: string; token: string; server: Server; downloads: string; close: () => Promise<void> };

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

export async function startHarness(handlers: Handlers, rendererDir: string, downloads = mkdtempSync(join(tmpdir(), 'yigai-downloads-'))): Promise<Harness> {
  const token = randomBytes(16).toString('hex');
  // Whole or not at all, as the desktop shell writes: a temporary name, renamed when complete.
  const save: SaveFile = async (fileName, data) => {
    const target = join(downloads, fileName);
    writeFileSync(`${target}.part`, data);
    renameSync(`${target}.part`, target);
    return target;
  };
  const root = normalize(rendererDir + sep);
  const server = createServer((req, res) => {
    void route(req, handlers, root, token, save).then(({ status, type, body }) => {
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Reply = { status: number; type: string; body: string | Buffer };
const json = (status: number, value: unknown): Reply => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) });
const text = (status: number, body: string): Reply => ({ status, type: 'text/plain; charset=utf-8', body });

async function route(req: IncomingMessage, handlers: Handlers, root: string, token: string, save: SaveFile): Promise<Reply> {
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
    return json(200, await dispatchAsync(handlers, decodeURIComponent(url.pathname.slice('/__api/'.length)), input, save));
  }
  if (url.pathname === '/__harness/api.js') {
    return { status: 200, type: types['.js']!, body: harnessApiScript(channelNames, token) };
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
