// 任务台账, 工作组, 单位 and 工作台 end to end: the real renderer in Chromium, the real core
// over the loopback harness, a real database file with the curated plans.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate, choose } = clerkActions(page);

const ledgerRow = (text: string) => page().locator('.ledger-table .ant-table-row', { hasText: text });
const lightsShown = (light: string) => page().locator(`.ledger-table [data-light="${light}"]`).count();

describe('任务台账', () => {
  it('filters banan-2017 to 医保工作组 and shows what is due as of 2017-08-25 and what is overdue a week later', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('任务台账');
    await setDate('查看日期', '2017-08-25');
    await choose('全部方案', '巴南区全面推开公立医院综合改革实施方案');
    await choose('责任组', '医保工作组');
    await expect.poll(() => page().getByTestId('ledger-shown').innerText()).toBe('显示 13 项');
    // due 08-25 (today), 08-30, 09-01 ×2: within 7 days; none overdue yet
    await expect.poll(() => ledgerRow('各工作组分别赴改革医院指导检查').innerText()).toContain('临期');
    expect(await ledgerRow('指导公立医院做好管理系统和医保系统的调试演练').innerText()).toContain('临期');
    expect(await lightsShown('red')).toBe(0);
    await page().screenshot({ path: join(artifactsDir, 'ledger-yibao-0825.png') });

    await setDate('查看日期', '2017-08-31');
    await expect.poll(() => lightsShown('red')).toBe(2);
    expect(await ledgerRow('各工作组分别赴改革医院指导检查').innerText()).toContain('逾期');
    expect(await ledgerRow('正式启动改革').innerText()).toContain('临期');
  });

  it('records a note that completes a task, from the keyboard, and the light turns to 已完成', async () => {
    const row = ledgerRow('指导公立医院做好管理系统和医保系统的调试演练');
    await row.click();
    await page().locator('.ledger-table').focus();
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('ArrowUp');
    await page().keyboard.press('Enter');
    const drawer = page().getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toContain('指导公立医院做好管理系统和医保系统的调试演练');
    await setDate('进展日期', '2017-08-29');
    await choose('之后的状态', '已完成');
    await drawer.getByLabel('进展情况').fill('10家医院均已完成医保系统调试演练并切换。');
    await drawer.getByRole('button', { name: /记\s*录/ }).click();
    await expect.poll(() => drawer.innerText()).toContain('10家医院均已完成医保系统调试演练并切换。');
    await page().keyboard.press('Escape');
    await expect.poll(() => row.innerText()).toContain('已完成');
    expect(await row.innerText()).toContain('2017-08-29');
    expect(await lightsShown('red')).toBe(1);
    // as of the day before the note, the task was still open and overdue
    await setDate('查看日期', '2017-08-28');
    await expect.poll(() => row.innerText()).toContain('临期');
    const audit = session().core.db.prepare("SELECT actor, at FROM audit_log WHERE entity IN ('progress', 'task') ORDER BY id DESC LIMIT 1").get() as { actor: string; at: string };
    expect(audit.actor).toBeTruthy();
    await page().screenshot({ path: join(artifactsDir, 'ledger.png') });
  });
});

describe('编辑任务', () => {
  it('adds a subtask, edits it, moves it and deletes it after asking, each change in the audit log', async () => {
    await page().getByRole('button', { name: '清除筛选' }).click();
    await page().getByLabel('搜索任务').fill('同步调整医保报销政策');
    await ledgerRow('同步调整医保报销政策').first().dblclick();
    const drawer = page().getByRole('dialog');
    await drawer.getByRole('button', { name: '添加子任务' }).click();
    const editor = page().getByRole('dialog', { name: '新建任务' });
    await editor.getByLabel('任务名称').fill('医保目录衔接');
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => editor.count()).toBe(0);
    await page().keyboard.press('Escape');
    await page().getByLabel('搜索任务').fill('医保目录衔接');
    await expect.poll(() => ledgerRow('医保目录衔接').count()).toBe(1);
    const id = Number(await ledgerRow('医保目录衔接').getAttribute('data-task-id'));

    await ledgerRow('医保目录衔接').dblclick();
    await page().getByRole('button', { name: /编\s*辑/ }).click();
    const edit = page().getByRole('dialog', { name: '编辑任务' });
    await edit.getByLabel('任务名称').fill('医保目录与支付标准衔接');
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await expect.poll(() => page().getByRole('dialog').first().innerText()).toContain('医保目录与支付标准衔接');

    await choose('移动到', '（方案的第一层）');
    await page().getByRole('button', { name: /移\s*动/ }).click();
    await expect.poll(() => session().core.db.prepare('SELECT parent_id FROM tasks WHERE id = ?').pluck().get(id)).toBeNull();

    await page().getByRole('dialog').first().getByRole('button', { name: /删\s*除/ }).click();
    await page().locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await expect.poll(() => session().core.db.prepare('SELECT COUNT(*) FROM tasks WHERE id = ?').pluck().get(id)).toBe(0);
    const actions = session().core.db.prepare("SELECT action FROM audit_log WHERE entity = 'task' AND entity_id = ? ORDER BY id").pluck().all(String(id));
    expect(actions).toEqual(['create', 'update', 'update', 'delete']);
  });
});

describe('任务台账 at 1024×640', () => {
  it('shows every column without sideways scrolling', async () => {
    await page().setViewportSize({ width: 1024, height: 640 });
    await area('任务台账');
    await page().getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => page().locator('.ledger-table .ant-table-row').count()).toBeGreaterThan(5);
    const fit = await page().evaluate(() => {
      const box = document.querySelector('.ledger-table')!.getBoundingClientRect();
      const ths = [...document.querySelectorAll('.ledger-table thead th')].filter((th) => (th as HTMLElement).innerText.trim());
      return { lastRight: ths[ths.length - 1]!.getBoundingClientRect().right, right: box.right, labels: ths.map((th) => (th as HTMLElement).innerText) };
    });
    expect(fit.labels).toEqual(['任务', '牵头单位', '完成时限', '状态', '灯']);
    expect(fit.lastRight).toBeLessThanOrEqual(fit.right + 1);
    await page().screenshot({ path: join(artifactsDir, 'ledger-1024.png') });
    await page().setViewportSize({ width: 1366, height: 768 });
  });
});

describe('工作组', () => {
  it('edits a roster entry of 医保工作组', async () => {
    await area('工作组');
    await page().getByRole('menu', { name: '工作组列表' }).getByText('医保工作组').click();
    await expect.poll(() => page().getByTestId('group-detail').innerText()).toContain('医保工作组');
    await page().getByRole('button', { name: '编辑名单' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel('电话').first().fill('023-66221234');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page().getByTestId('group-detail').innerText()).toContain('023-66221234');
    const stored = session().core.db.prepare("SELECT r.phone FROM group_roster r JOIN working_groups g ON g.id = r.group_id WHERE g.name = '医保工作组' ORDER BY r.position LIMIT 1").get() as { phone: string };
    expect(stored.phone).toBe('023-66221234');
    await page().screenshot({ path: join(artifactsDir, 'group-yibao.png') });
  });
});

describe('单位', () => {
  it('finds 区社保局 by pinyin initials, renames it, and the ledger shows the new name', async () => {
    await area('单位');
    await page().getByLabel('查找单位').fill('qsbj');
    const row = page().locator('tr[data-unit-id]', { hasText: '区社保局' }).first();
    await row.getByRole('button', { name: /改\s*名/ }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel('新名称').fill('区医疗保障局');
    await dialog.getByRole('button', { name: /改\s*名/ }).click();
    await expect.poll(() => page().locator('tr[data-unit-id]', { hasText: '区医疗保障局' }).count()).toBeGreaterThan(0);
    expect(await page().locator('tr[data-unit-id]', { hasText: '区医疗保障局' }).first().innerText()).toContain('区社保局');
    await area('任务台账');
    await page().getByRole('button', { name: '清除筛选' }).click();
    await page().getByLabel('搜索任务').fill('系统调试');
    await expect.poll(() => ledgerRow('系统调试').first().innerText()).toContain('区医疗保障局');
  });
});

describe('工作台', () => {
  it('lists overdue and due tasks as of the date, each one click from its task', async () => {
    await area('工作台');
    await setDate('查看日期', '2017-08-25');
    const overdue = page().getByTestId('dash-overdue');
    await expect.poll(() => overdue.innerText()).toMatch(/逾期任务（[1-9]\d*）/);
    await expect.poll(() => page().getByTestId('dash-due').innerText()).toContain('各工作组分别赴改革医院指导检查');
    await page().screenshot({ path: join(artifactsDir, 'dashboard.png'), fullPage: true });
    await overdue.locator('[data-task-id]').first().click();
    await expect.poll(() => page().locator('.ant-menu-item-selected').innerText()).toBe('任务台账');
    await expect.poll(() => page().getByRole('dialog').count()).toBe(1);
  });
});
