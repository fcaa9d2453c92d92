// The screens at an office PC's 1366×768 and at the window's minimum 1024×640: nothing wraps one
// character a line, nothing hides behind a sideways scrollbar, headers stay in view, counts agree,
// errors are Chinese with a way out, and shortcuts never eat what the clerk types.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from '../helpers/browser';
import { useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const planIds = ['banan-2017', 'chongqing-2018h2', 'yubei-2022', 'chongqing-2020h2', 'lizhou-2017'];

const openPlan = async (planId: string) => {
  await page().getByRole('menuitem', { name: '方案管理' }).click();
  await page().locator(`tr[data-plan-id="${planId}"]`).click();
  await page().getByRole('tab').first().waitFor();
};

/** Facts of the plan header, each kept on one line, and the title clear of the buttons. */
async function headerLayout() {
  return page().evaluate(() => {
    const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight) || 22;
    const facts = [...document.querySelectorAll('.plan-facts .fact')].map((el) => ({
      text: (el as HTMLElement).innerText,
      lines: Math.round(el.getBoundingClientRect().height / lineHeight(el)),
    }));
    const title = document.querySelector('.plan-header h4')!.getBoundingClientRect();
    const overlaps = [...document.querySelectorAll('.plan-actions button')].some((b) => {
      const r = b.getBoundingClientRect();
      return r.left < title.right && r.right > title.left && r.top < title.bottom && r.bottom > title.top;
    });
    return { facts, overlaps };
  });
}

/** Every table on the tab fits its pane: no sideways scrolling, and the last column is in view. */
async function tablesFit() {
  return page().evaluate(() =>
    [...document.querySelectorAll('.ant-tabs-content-active .ant-table')].map((table) => {
      const pane = table.closest('.ant-card')!.getBoundingClientRect();
      const content = table.querySelector('.ant-table-content, .ant-table-body') as HTMLElement | null;
      const ths = [...table.querySelectorAll('thead th')].filter((th) => (th as HTMLElement).innerText.trim());
      const last = ths[ths.length - 1]!.getBoundingClientRect();
      const wrapped = ths.filter((th) => th.getBoundingClientRect().height > 48).map((th) => (th as HTMLElement).innerText);
      return {
        sideways: content ? content.scrollWidth - content.clientWidth : 0,
        lastInPane: last.right <= pane.right + 1,
        wrapped,
      };
    }),
  );
}

for (const [width, height] of [[1366, 768], [1024, 640]] as const) {
  describe(`对照原文 at ${width}×${height}`, () => {
    it('keeps every plan readable beside its source: header whole, no sideways scroll, all columns in view', async () => {
      await page().setViewportSize({ width, height });
      for (const id of planIds) {
        await openPlan(id);
        await page().getByRole('button', { name: '对照原文' }).click();
        await page().getByLabel('方案原文').waitFor();
        await page().waitForTimeout(150); // the table picks its columns once it knows its width
        const header = await headerLayout();
        expect(header.overlaps, id).toBe(false);
        for (const f of header.facts) expect(f.lines, `${id}: ${f.text}`).toBe(1);
        const fits = await tablesFit();
        expect(fits.length, id).toBeGreaterThan(0);
        for (const t of fits) {
          expect(t.sideways, id).toBeLessThanOrEqual(0);
          expect(t.lastInPane, id).toBe(true);
          expect(t.wrapped, id).toEqual([]);
        }
        await page().screenshot({ path: join(artifactsDir, `source-${id}-${width}.png`) });
        await page().getByRole('button', { name: '关闭原文' }).click();
        for (const t of await tablesFit()) expect(t.sideways, `${id} without source`).toBeLessThanOrEqual(0);
      }
    });
  });
}

describe('长表格', () => {
  it('keeps the column headers in view while yubei’s expanded tree scrolls', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await openPlan('yubei-2022');
    await page().getByRole('button', { name: '全部展开' }).click();
    await page().locator('.area-scroll').evaluate((el) => el.scrollTo(0, 4000));
    await page().waitForTimeout(100);
    const top = await page().locator('.ant-tabs-content-active .ant-table-header').first().boundingBox();
    expect(top!.y).toBeGreaterThanOrEqual(0);
    expect(top!.y).toBeLessThan(4);
  });

  it('leaves out a column that is empty for the whole plan', async () => {
    const headers = () => page().locator('.ant-tabs-content-active .ant-table-header th').allInnerTexts();
    await openPlan('chongqing-2020h2');
    await expect.poll(headers).toContain('任务');
    expect(await headers()).not.toContain('完成时限');
    await openPlan('banan-2017');
    await expect.poll(headers).toContain('完成时限');
  });

  it('marks each match in the source filter', async () => {
    await openPlan('banan-2017');
    await page().getByRole('button', { name: '对照原文' }).click();
    await page().getByPlaceholder('在原文中查找').fill('医保');
    await expect.poll(() => page().getByTestId('source-matches').innerText()).toMatch(/找到 \d+ 行/);
    const marks = await page().locator('.source-text mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(3);
    expect(new Set(marks)).toEqual(new Set(['医保']));
  });
});

describe('任务数', () => {
  it('counts the same thing on the list, the header and the tabs, as the CLI does', async () => {
    for (const plan of session().core.handlers['plans:list']({})) {
      await page().getByRole('menuitem', { name: '方案管理' }).click();
      const row = page().locator(`tr[data-plan-id="${plan.id}"]`);
      expect(await row.locator('[data-count="tasks"]').innerText(), plan.id).toBe(String(plan.taskCount));
      await row.click();
      const counts = await page().getByTestId('plan-counts').innerText();
      expect(counts, plan.id).toContain(`任务 ${plan.counts.tasks} 项`);
      const tabs = (await page().getByRole('tab').allInnerTexts()).join(' | ');
      expect(tabs, plan.id).toContain(`任务（${plan.counts.tasks} 项`);
      if (plan.counts.timeline) expect(tabs).toContain(`时序安排（${plan.counts.timeline} 项）`);
      if (plan.counts.duties) expect(tabs).toContain(`职责 ${plan.counts.duties} 项`);
      // the fully expanded tree shows every task and every heading
      await page().getByRole('tab', { name: /^任务/ }).click();
      const panel = page().getByRole('tabpanel');
      const expand = panel.getByRole('button', { name: /全部展开/ });
      if (await expand.count()) await expand.click();
      await expect.poll(() => panel.locator('tbody tr.ant-table-row').count(), { message: plan.id }).toBe(plan.counts.tasks + plan.counts.headings);
    }
  });
});

describe('导航与错误', () => {
  it('opens on 工作台', async () => {
    await page().reload();
    await expect.poll(() => page().locator('.ant-menu-item-selected').innerText()).toBe('工作台');
    await expect.poll(() => page().locator('.ant-card-head-title').first().innerText()).toBe('工作台');
  });

  it('returns to the plan list when 方案管理 is clicked inside a plan', async () => {
    await openPlan('lizhou-2017');
    await page().getByRole('menuitem', { name: '方案管理' }).click();
    await expect.poll(() => page().locator('tr[data-plan-id]').count()).toBe(5);
  });

  it('shows a failed load in Chinese with 重试 and the way back', async () => {
    await page().route('**/__api/plans%3Aget', (route) => route.abort());
    await page().getByRole('menuitem', { name: '方案管理' }).click();
    await page().locator('tr[data-plan-id="banan-2017"]').click();
    const alert = page().getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('无法连接程序核心');
    expect(await page().locator('.area-scroll').innerText()).not.toMatch(/Failed to fetch|Error/);
    await page().unroute('**/__api/plans%3Aget');
    await alert.getByRole('button', { name: /重\s*试/ }).click();
    await expect.poll(() => page().getByRole('tab').count()).toBeGreaterThan(0);
    await expect.poll(() => alert.count()).toBe(0);
    await page().route('**/__api/plans%3Aget', (route) => route.abort());
    await page().getByRole('menuitem', { name: '方案管理' }).click();
    await page().locator('tr[data-plan-id="yubei-2022"]').click();
    await page().getByRole('alert').getByRole('button', { name: '返回方案列表' }).click();
    await expect.poll(() => page().locator('tr[data-plan-id]').count()).toBe(5);
    await page().unroute('**/__api/plans%3Aget');
  });

  it('never switches areas on Ctrl+digit inside a field, and asks before unsaved edits are lost', async () => {
    await page().getByRole('menuitem', { name: '设置' }).click();
    const office = page().getByLabel(/填报单位/);
    await office.fill('未保存的单位名称');
    await office.press('Control+1');
    expect(await page().locator('.ant-menu-item-selected').innerText()).toBe('设置');
    await page().getByRole('menuitem', { name: '工作台' }).click();
    const dialog = page().getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('尚未保存');
    await dialog.getByRole('button', { name: '留在此页' }).click();
    expect(await office.inputValue()).toBe('未保存的单位名称');
    await page().getByRole('menuitem', { name: '工作台' }).click();
    await page().getByRole('dialog').getByRole('button', { name: '放弃修改并离开' }).click();
    await expect.poll(() => page().locator('.ant-menu-item-selected').innerText()).toBe('工作台');
    const stored = session().core.db.prepare("SELECT value FROM settings WHERE key = 'officeName'").get() as { value: string } | undefined;
    expect(stored?.value).not.toBe('未保存的单位名称');
  });

  it('loaded every file it asked for (no 404, the icon included)', async () => {
    const failures: string[] = [];
    page().on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page().reload();
    await page().waitForLoadState('networkidle');
    expect(failures).toEqual([]);
  });
});
