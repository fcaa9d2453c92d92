// 交办督办 end to end in Chromium: a 交办清单 built from pasted lines and issued into banan-2017's
// ledger, a 签收 recorded through the form, and a task rising from 提醒 to 督办 as the 查看日期 moves;
// a 督办通知 written into the downloads folder; contacts edited and shown with the lead.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate, choose, settle, overflow } = clerkActions(page);
const items = () => page().getByRole('table', { name: '交办事项' });
const overdue = () => page().getByRole('table', { name: '逾期任务' });

describe('交办清单', () => {
  it('builds a list from pasted lines, with leads and deadlines read from them', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('交办督办');
    await page().getByRole('button', { name: '新建交办清单' }).click();
    const drawer = page().getByRole('dialog');
    await drawer.getByLabel('清单名称').fill('区政府常务会议交办事项');
    await choose('任务放入方案', '巴南区全面推开公立医院综合改革实施方案');
    await setDate('交办日期', '2017-09-05');
    await drawer.getByLabel('交办依据').fill('区政府第12次常务会议纪要');
    await drawer.getByLabel('粘贴交办事项').fill('1、拨付改革补助资金\t区财政局\t9月15日前\n2、开展价格调整政策宣传\t宣传舆情导控组\t9月10日');
    await drawer.getByRole('button', { name: '按行添加' }).click();
    await expect.poll(() => drawer.getByLabel('第2项事项').inputValue(), { timeout: 5000 }).toBe('开展价格调整政策宣传');
    expect(await drawer.getByLabel('第1项事项').inputValue()).toBe('拨付改革补助资金');
    expect(await drawer.getByLabel('第1项完成时限').inputValue()).toBe('2017-09-15');
    await choose('第1项配合单位', '财政保障组');
    await page().keyboard.press('Escape');
    await page().screenshot({ path: join(artifactsDir, 'assignment-editor.png') });
    await drawer.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => items().innerText(), { timeout: 5000 }).toContain('开展价格调整政策宣传');
    const text = await items().innerText();
    expect(text).toContain('区财政局');
    expect(text).toContain('宣传舆情导控组');
    expect(text).toContain('财政保障组');
  });

  it('issues it after a confirmation and puts its tasks into the ledger', async () => {
    await page().getByRole('button', { name: /^交\s*办$/ }).click();
    await page().getByRole('dialog').getByRole('button', { name: /^交\s*办$/ }).click();
    await expect.poll(() => page().getByText('已交办').first().isVisible(), { timeout: 5000 }).toBe(true);
    const tasks = session().core.db.prepare("SELECT title FROM tasks WHERE plan_id = 'banan-2017' AND title IN ('拨付改革补助资金', '开展价格调整政策宣传')").pluck().all();
    expect(tasks).toHaveLength(2);
  });

  it('records a 签收 through the form', async () => {
    await settle();
    const row = page().getByRole('table', { name: '承办单位' }).getByRole('row', { name: /区财政局/ });
    await row.getByRole('button', { name: '登记签收' }).click();
    const dialog = page().getByRole('dialog', { name: /登记签收/ });
    await dialog.getByLabel('签收人').fill('王芳');
    await setDate('签收时间', '2017-09-05 16:30');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => row.innerText(), { timeout: 5000 }).toContain('王芳 2017-09-05 16:30');
    await settle();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page().screenshot({ path: join(artifactsDir, 'assignment-detail.png') });
  });
});

describe('督办', () => {
  it('shows a task rise from 提醒 to 督办 as the 查看日期 moves, with the lead’s contacts', async () => {
    await page().getByRole('tab', { name: '联系人' }).click();
    await page().getByLabel('查找单位或工作组').fill('宣传舆情导控组');
    await page().getByRole('table', { name: '联系人' }).getByRole('row', { name: /宣传舆情导控组/ }).getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page().getByRole('dialog', { name: /联系人/ });
    await dialog.getByLabel('第1位联系人姓名').fill('刘洋');
    await dialog.getByLabel('第1位联系人手机').fill('13700004444');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page().getByRole('table', { name: '联系人' }).innerText(), { timeout: 5000 }).toContain('刘洋 手机 13700004444');
    await settle();

    await page().getByRole('tab', { name: '督办' }).click();
    const row = () => overdue().getByRole('row', { name: /开展价格调整政策宣传/ });
    await setDate('查看日期', '2017-09-10');
    await expect.poll(() => overdue().innerText(), { timeout: 5000 }).not.toContain('开展价格调整政策宣传');
    await setDate('查看日期', '2017-09-12');
    await expect.poll(() => row().innerText(), { timeout: 5000 }).toMatch(/提醒[\s\S]*2 天/);
    await setDate('查看日期', '2017-09-17');
    await expect.poll(() => row().innerText(), { timeout: 5000 }).toMatch(/督办[\s\S]*7 天/);
    expect(await row().innerText()).toContain('刘洋 手机 13700004444');
    await settle();
    await page().screenshot({ path: join(artifactsDir, 'followups.png') });
  });

  it('writes a 督办通知 for the chosen task and shows it as sent', async () => {
    await overdue().getByRole('row', { name: /开展价格调整政策宣传/ }).getByRole('checkbox').check();
    await page().getByRole('button', { name: /生成督办通知（1 项）/ }).click();
    const dialog = page().getByRole('dialog', { name: /生成督办通知/ });
    await dialog.getByLabel('文号前缀').fill('巴南医改办督〔2017〕');
    await dialog.getByLabel('起始号').fill('5');
    await dialog.getByRole('button', { name: '选择保存的文件夹并生成' }).click();
    await expect.poll(() => page().getByTestId('followup-files').innerText(), { timeout: 8000 }).toContain('督办通知_宣传舆情导控组_2017-09-17.docx');
    expect(readdirSync(session().harness.downloads)).toContain('督办通知_宣传舆情导控组_2017-09-17.docx');
    await expect.poll(() => page().getByRole('table', { name: '督办通知记录' }).innerText(), { timeout: 5000 }).toContain('巴南医改办督〔2017〕5号');
    expect(await overdue().getByRole('row', { name: /开展价格调整政策宣传/ }).innerText()).toContain('1 次');
  });

  it('shows the level beside the light in the ledger', async () => {
    await area('任务台账');
    await page().getByLabel('搜索任务').fill('开展价格调整政策宣传');
    await page().getByLabel('搜索任务').press('Enter');
    await expect.poll(() => page().locator('.ledger-table [data-followup="urge"]').count(), { timeout: 5000 }).toBe(1);
    await page().mouse.move(1, 1);
    await page().screenshot({ path: join(artifactsDir, 'ledger-followup.png') });
  });
});
