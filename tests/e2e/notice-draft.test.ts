// 从通知新建 end to end: a notice pasted, read into a draft, a task chosen (its source highlighted),
// one unit corrected, saved; the new plan is in the ledger with the corrected unit.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';
import { seedSource } from '../helpers/notice-score';

const session = useE2eSession();
const page = (): Page => session().page;
const { area } = clerkActions(page);

describe('从通知新建', () => {
  it('reads a pasted notice, lets the clerk correct a unit, and saves a plan the ledger shows', async () => {
    await page().setViewportSize({ width: 1366, height: 900 });
    await area('方案管理');
    await page().screenshot({ path: join(artifactsDir, 'notice-plan-list.png') });
    await page().getByRole('button', { name: '从通知新建' }).click();
    await page().getByLabel('通知全文').fill(seedSource('chongqing-2020h2'));
    await page().screenshot({ path: join(artifactsDir, 'notice-paste.png') });
    await page().getByRole('button', { name: '识别为方案草稿' }).click();
    await expect.poll(() => page().getByLabel('方案名称').inputValue(), { timeout: 5000 }).toBe('贯彻落实国务院办公厅深化医药卫生体制改革2020年下半年重点工作任务分工');
    expect(await page().getByLabel('文号').inputValue()).toBe('渝府办发〔2020〕110号');

    const item = page().locator('[data-task-key]', { hasText: '加强公共卫生队伍建设' }).first();
    await item.click();
    await expect.poll(() => page().getByTestId('source-highlight').innerText(), { timeout: 5000 }).toContain('加强公共卫生相关学科建设');
    await page().screenshot({ path: join(artifactsDir, 'notice-draft.png') });

    // 市财政局 is read as 配合; the clerk changes it to 市医保局.
    const row = page().locator('[data-unit-row="市财政局"]');
    await row.getByRole('combobox', { name: '对应单位' }).click();
    await page().keyboard.type('市医保局');
    await page().keyboard.press('Enter');
    await expect.poll(() => item.locator('[data-unit]').allInnerTexts(), { timeout: 5000 }).toContain('配合：市医保局');
    await page().screenshot({ path: join(artifactsDir, 'notice-draft-corrected.png') });

    await page().getByRole('button', { name: '保存为方案' }).click();
    await expect.poll(() => page().locator('.ant-message').innerText(), { timeout: 5000 }).toMatch(/已保存为新方案，共 32 项/);
    await expect.poll(() => page().locator('.ant-menu-item-selected').innerText(), { timeout: 5000 }).toContain('任务台账');
    await page().getByPlaceholder(/搜索任务/).fill('加强公共卫生队伍建设');
    await expect.poll(() => page().locator('body').innerText(), { timeout: 5000 }).toContain('加强公共卫生队伍建设');
    await page().screenshot({ path: join(artifactsDir, 'notice-saved-ledger.png') });

    const db = session().core.db;
    const plan = db.prepare("SELECT id, origin, doc_number FROM plans WHERE title LIKE '贯彻落实%' AND origin = 'extracted'").get() as { id: string; doc_number: string };
    expect(plan.doc_number).toBe('渝府办发〔2020〕110号');
    const units = db
      .prepare(`SELECT u.name, tu.role FROM tasks t JOIN task_units tu ON tu.task_id = t.id JOIN units u ON u.id = tu.unit_id
                WHERE t.plan_id = ? AND t.code = '（五）' ORDER BY tu.role, tu.position`)
      .all(plan.id);
    expect(units).toEqual([
      { name: '市医保局', role: 'cooperating' },
      { name: '市教委', role: 'lead' },
      { name: '市人力社保局', role: 'lead' },
      { name: '市卫生健康委', role: 'lead' },
    ]);
  });
});
