// 导入已有台账 end to end: a 任务分工台账 picked, its columns recognised, previewed, imported into a
// new plan after confirmation; the plan then has the tasks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../electron/core/excel/exports';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area } = clerkActions(page);

describe('导入已有台账', () => {
  it('previews a ledger with its columns recognised and imports it into a new plan', async () => {
    const ledger = await buildExport(session().core.db, { planId: 'lizhou-2017', report: 'ledger', asOf: '2017-12-31' });
    writeFileSync(join(session().harness.uploads, '利州区任务分工台账.xlsx'), ledger.data);
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('报表导出');
    await page().getByRole('tab', { name: '导入已有台账' }).click();
    await page().getByRole('button', { name: /选择台账文件/ }).click();
    await expect.poll(() => page().locator('.ant-descriptions').innerText(), { timeout: 10_000 }).toMatch(/部分 8，任务 \d+/);
    expect(await page().getByRole('combobox', { name: '牵头单位列作为' }).locator('..').locator('..').innerText()).toContain('牵头单位');
    await page().screenshot({ path: join(artifactsDir, 'ledger-import.png') });
    await page().getByLabel('新方案名称').fill('利州区医改任务台账（导入）');
    await page().getByLabel('适用范围').fill('利州区');
    await page().getByRole('button', { name: /^导入/ }).click();
    await page().getByRole('dialog').getByRole('button', { name: /导\s*入/ }).click();
    await expect.poll(() => page().getByTestId('ledger-import-done').innerText(), { timeout: 10_000 }).toMatch(/已导入 \d+ 项/);
    const count = session().core.db.prepare("SELECT count(*) FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.title = '利州区医改任务台账（导入）'").pluck().get();
    expect(count).toBe(40);
  });
});
