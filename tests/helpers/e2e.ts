// One end-to-end session: a real database file with the curated plans, the core over the
// loopback harness, and the built renderer open in Chromium. Every request the page makes
// is recorded.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startCore, type AppCore } from '../../electron/core/app-core';
import { startHarness, type Harness } from '../harness/server';
import { launchChromium, rendererDir } from './browser';
import { tempDir } from './temp-db';

export type E2eSession = { core: AppCore; harness: Harness; browser: Browser; page: Page; requests: string[]; close: () => Promise<void> };

export async function openE2eSession(): Promise<E2eSession> {
  const tmp = tempDir();
  const core = startCore(tmp.file('office.db'));
  const harness = await startHarness(core.handlers, rendererDir);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${harness.url}/`);
  return {
    core, harness, browser, page, requests,
    close: async () => {
      await browser.close();
      await harness.close();
      core.close();
      tmp.remove();
    },
  };
}

/** Registers the session for the enclosing test file: opened before all tests, closed after. */
export function useE2eSession(): () => E2eSession {
  let session: E2eSession | undefined;
  beforeAll(async () => {
    session = await openE2eSession();
  });
  afterAll(() => session?.close());
  return () => {
    if (!session) throw new Error('端到端会话尚未启动');
    return session;
  };
}
