// The loopback harness refuses to start where it could only mislead: without a file name after
// --db (it would keep nothing) or without a built renderer (every page would be missing). Its own
// answers are Chinese, and the page's icon is shipped and served.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/core/handlers';
import { tempDir } from '../helpers/temp-db';
import { parseServeArgs } from './serve-args';
import { startHarness } from './server';

const tmp = tempDir();
afterAll(() => tmp.remove());

const built = join(tmp.dir, 'built');
mkdirSync(built);
writeFileSync(join(built, 'index.html'), '<html><head></head><body></body></html>');
writeFileSync(join(built, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(built, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
const context = { env: {}, cwd: tmp.dir, rendererDir: built };

describe('parseServeArgs', () => {
  it('refuses --db without a file name, which would keep the data in memory only', () => {
    for (const argv of [['--db'], ['--db', '--verbose'], ['--db=']]) {
      const r = parseServeArgs(argv, context);
      expect(r.ok, argv.join(' ')).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/--db 后面/);
    }
  });

  it('takes a relative --db from the folder the command was typed in', () => {
    expect(parseServeArgs(['--db', '台账.db'], { ...context, env: { INIT_CWD: '/home/clerk' } })).toEqual({
      ok: true, dbPath: '/home/clerk/台账.db', rendererDir: built,
    });
    expect(parseServeArgs(['--db', '/data/a.db'], context)).toMatchObject({ ok: true, dbPath: '/data/a.db' });
    expect(parseServeArgs([], context)).toMatchObject({ ok: true, dbPath: join(tmp.dir, 'harness.db') });
  });

  it('refuses to start without a built renderer, saying to build it first', () => {
    const r = parseServeArgs(['--db', 'a.db'], { ...context, rendererDir: join(tmp.dir, 'not-built') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('npm run build:renderer');
  });
});

describe('harness server', () => {
  it('answers a missing file in Chinese and serves the icon with its type', async () => {
    const harness = await startHarness({} as Handlers, built);
    try {
      const missing = await fetch(`${harness.url}/nothing-here.js`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(/[\u4e00-\u9fff]/);
      const svg = await fetch(`${harness.url}/favicon.svg`);
      expect(svg.headers.get('content-type')).toBe('image/svg+xml');
      const ico = await fetch(`${harness.url}/favicon.ico`);
      expect(ico.headers.get('content-type')).toBe('image/x-icon');
    } finally {
      await harness.close();
    }
  });

  it('the page names an icon that the renderer ships', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const href = /<link rel="icon" href="\.\/([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(readFileSync(join('renderer', 'public', href!), 'utf8')).toContain('<svg');
  });
});
