// The renderer in Chromium through the harness, on the district data (1,000 tasks): from opening
// 任务台账 on a freshly loaded page to its rows shown, and from typing a filter to the table updated.
import type { Page } from 'playwright-core';
import { startCore } from '../../electron/core/app-core';
import { launchChromium, rendererDir } from '../../tests/helpers/browser';
import { startHarness } from '../../tests/harness/server';
import type { Line } from './scale-lines';

async function timedMedian(runs: number, work: () => Promise<void>, before: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await before();
    const t = performance.now();
    await work();
    if (i > 0) times.push(performance.now() - t); // the first run warms Chromium's caches
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function measureRenderer(path: string, runs: number): Promise<Line[]> {
  const core = startCore(path, { mode: 'readwrite' });
  const harness = await startHarness(core.handlers, rendererDir);
  const browser = await launchChromium();
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${harness.url}/`);
    const rows = page.locator('[data-task-id]');
    const open = await timedMedian(runs, async () => {
      await page.getByRole('menuitem', { name: '任务台账' }).click();
      await rows.first().waitFor();
    }, async () => {
      await page.reload();
      await page.getByRole('menuitem', { name: '任务台账' }).waitFor();
    });
    const search = page.getByLabel('搜索任务');
    let n = 0;
    const filter = await timedMedian(runs, async () => {
      const term = `任务${101 + (n++ % 50) * 7}：`;
      await search.fill(term);
      await page.locator('[data-task-id]', { hasText: term }).first().waitFor();
      // Updated: the matching task shown, and only it with its part heading.
      await page.waitForFunction(() => document.querySelectorAll('[data-task-id]').length <= 3);
    }, async () => {
      await search.fill('');
      await rows.nth(5).waitFor();
    });
    return [
      { scale: 'district', name: '界面：打开任务台账到显示各行（Chromium）', value: open, target: '< 500 ms', holds: open < 500 },
      { scale: 'district', name: '界面：输入筛选到表格更新（Chromium）', value: filter, target: '< 100 ms', holds: filter < 100 },
    ];
  } finally {
    await browser.close();
    await harness.close();
    core.close();
  }
}
