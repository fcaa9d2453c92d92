// One end-to-end session: a real database file with the curated plans, the core over the
// loopback harness, and the built renderer open in Chromium. Every request the page makes
// is recorded.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AppCore } from '../../electron/core/app-core';
import { openOfficeDatabase } from '../../electron/core/backup/startup';
import { startHarness, type Harness } from '../harness/server';
import { launchChromium, rendererDir } from './browser';
import { tempDir } from './temp-db';

export type E2eSession = { core: AppCore; harness: Harness; browser: Browser; page: Page; requests: string[]; close: () => Promise<void> };

export async function openE2eSession(): Promise<E2eSession> {
  const tmp = tempDir();
  // Opened as the desktop app opens it: checked, and the day's backup made.
  const { core } = await openOfficeDatabase(tmp.file('office.db'));
  const downloads = tmp.file('downloads');
  mkdirSync(downloads);
  const uploads = tmp.file('uploads');
  mkdirSync(uploads);
  const harness = await startHarness(core.handlers, rendererDir, { downloads, uploads });
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

/**
 * Watches for an element to appear while something runs (a progress bar that may only show for a
 * moment) and answers every text it showed. Call before the action; read with `seen()`.
 */
export async function watchFor(page: Page, selector: string): Promise<{ seen: () => Promise<string[]> }> {
  const key = `__watch_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(({ selector, key }) => {
    const store: string[] = [];
    (window as unknown as Record<string, string[]>)[key] = store;
    const look = () => {
      const el = document.querySelector<HTMLElement>(selector);
      if (el && store.at(-1) !== el.innerText) store.push(el.innerText);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, { selector, key });
  return { seen: () => page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], key) };
}

/** What a clerk does on any screen: open an area, type a date into an antd picker, pick from a long list. */
export function clerkActions(page: () => Page) {
  return {
    area: (name: string) => page().getByRole('menuitem', { name }).click(),
    /** Select all, type, Enter — as a clerk types a date. */
    async setDate(label: string, iso: string) {
      const input = page().getByLabel(label).first();
      await input.click();
      await input.press('Control+a');
      await input.fill(iso);
      await input.press('Enter');
    },
    /** Type part of the option, click it: antd lists are virtual, so a far option is not in the page until searched. */
    async choose(label: string, optionText: string) {
      const box = page().getByRole('combobox', { name: label });
      await box.click();
      if (await box.isEditable()) await box.fill(optionText);
      await page().locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
    },
    /** Closes any open picker and waits for dialogs and messages to go, so a screenshot shows the page. */
    async settle() {
      await page().mouse.move(1, 1);
      await page().keyboard.press('Escape');
      await page().locator('.ant-picker-dropdown:visible, .ant-select-dropdown:visible').waitFor({ state: 'detached', timeout: 3000 }).catch(() => undefined);
      await expect.poll(() => page().locator('.ant-modal-wrap:visible, .ant-message-notice').count(), { timeout: 6000 }).toBe(0);
    },
    /** How far the window or the area beside the navigation scrolls sideways (0: not at all); tables may scroll inside. */
    overflow: () => page().evaluate(() => {
      const over = (e: Element | null) => (e ? e.scrollWidth - e.clientWidth : 0);
      return Math.max(over(document.documentElement), over(document.querySelector('.area-scroll')));
    }),
  };
}
