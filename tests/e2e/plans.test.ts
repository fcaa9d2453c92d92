// 方案管理 end to end: the real renderer in Chromium, the real core over the loopback
// harness, a real database file loaded with the curated plans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { startCore, type AppCore } from '../../electron/core/app-core';
import { startHarness, type Harness } from '../harness/server';
import { artifactsDir, launchChromium, rendererDir } from '../helpers/browser';
import { tempDir } from '../helpers/temp-db';

let browser: Browser;
let core: AppCore;
let harness: Harness;
let page: Page;
const requests: string[] = [];
const tmp = tempDir();

beforeAll(async () => {
  core = startCore(tmp.file('office.db'));
  harness = await startHarness(core.handlers, rendererDir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${harness.url}/`);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  core?.close();
  tmp.remove();
});

describe('方案管理', () => {
  it('lists the plans in the database with 文号, date and task count', async () => {
    await page.getByRole('menuitem', { name: '方案管理' }).click();
    const rows = page.locator('tr[data-plan-id]');
    await expect.poll(() => rows.count()).toBe(core.seeds.loaded.length);
    const banan = page.locator('tr[data-plan-id="banan-2017"]');
    await expect.poll(() => banan.innerText()).toContain('巴南府办发〔2017〕152 号');
    const text = await banan.innerText();
    expect(text).toContain('2017-08-18');
    const count = core.db.prepare("SELECT COUNT(*) AS n FROM tasks WHERE plan_id = 'banan-2017'").get() as { n: number };
    expect(text).toContain(String(count.n));
    await page.screenshot({ path: join(artifactsDir, 'plans-list.png'), fullPage: true });
  });

  it('opens a plan and shows its task tree', async () => {
    await page.locator('tr[data-plan-id="banan-2017"]').click();
    await expect.poll(() => page.getByRole('heading', { name: '巴南区全面推开公立医院综合改革实施方案' }).count()).toBe(1);
    await expect.poll(() => page.getByText('改革内容', { exact: true }).count()).toBeGreaterThan(0);
    const body = await page.locator('main, .ant-layout-content').first().innerText();
    expect(body).toContain('（二）');
    expect(body).toContain('调整部分医疗服务项目价格');
    await page.screenshot({ path: join(artifactsDir, 'plan-tasks.png'), fullPage: true });
  });

  it('made no network request outside its own origin', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${harness.url}/`) && !u.startsWith('data:'))).toEqual([]);
  });
});
