// 专报 and 工作台's reporting panels end to end: an incident logged and edited through the form,
// shown on 工作台 until it is closed; today's counts and missing units; the 催报 text copied to the
// clipboard, or shown selected where the clipboard refuses.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dispatch } from '../../electron/core/dispatch';
import type { RemindersDto } from '../../electron/shared/reporting';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate, choose, settle, overflow } = clerkActions(page);

const title = '网传取消药品加成后药价上涨';
const table = () => page().locator('.incident-table');
async function openRegister() {
  await area('信息报送');
  await page().getByRole('tab', { name: '专报' }).click();
}

describe('专报', () => {
  it('logs an incident through the form and sees it in the register', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await openRegister();
    await page().getByRole('button', { name: '登记专报' }).click();
    const dialog = page().getByRole('dialog', { name: '登记专报' });
    // the form fits the window: 保存 is on screen without scrolling
    expect(await dialog.getByRole('button', { name: /保\s*存/ }).isVisible()).toBe(true);
    await dialog.getByLabel('事件标题').fill(title);
    await choose('报告单位', '巴南区人民医院');
    await dialog.getByLabel('事件经过').fill('9月5日起微信群流传药价上涨的说法');
    await dialog.getByLabel('处置措施').fill('联系网信办核实并发布解读');
    await page().locator('.ant-select-dropdown:visible').waitFor({ state: 'detached', timeout: 3000 }).catch(() => undefined);
    await page().screenshot({ path: join(artifactsDir, 'incident-form.png') });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => table().innerText(), { timeout: 5000 }).toContain(title);
    const text = await table().innerText();
    expect(text).toContain('巴南区人民医院');
    expect(text).toContain('舆情');
    expect(text).toContain('未办结');
    expect(text).toContain('联系网信办核实并发布解读');
  });

  it('edits it: the grade and actions change, when and from whom it came stay', async () => {
    await settle();
    await table().getByRole('button', { name: title }).click();
    const dialog = page().getByRole('dialog', { name: '修改专报' });
    expect(await dialog.getByTestId('incident-origin').innerText()).toContain('巴南区人民医院报告');
    await choose('等级', '较大');
    await dialog.getByLabel('处置措施').fill('联系网信办核实；区卫生计生委发布药价政策解读');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => table().innerText(), { timeout: 5000 }).toContain('较大');
    expect(await table().innerText()).toContain('发布药价政策解读');
    await settle();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page().screenshot({ path: join(artifactsDir, 'incidents.png') });
  });
});

describe('工作台 reporting panels', () => {
  it('shows today\'s counts, the missing units and the open incident', async () => {
    const r = dispatch(session().core.handlers, 'reporting:submit', {
      planId: 'banan-2017', reporterName: '巴南区人民医院', period: '2017-09-05', receivedAt: '2017-09-05 16:00', values: { 医疗收入: 120, 药品收入: 36, 卫生材料收入: 15 },
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    await area('工作台');
    await setDate('查看日期', '2017-09-05');
    await settle();
    await expect.poll(() => page().getByTestId('today-banan-2017').innerText(), { timeout: 5000 }).toContain('应报 25，已报 1，未报 24');
    const missing = await page().getByTestId('missing-banan-2017').innerText();
    expect(missing).toContain('重庆市第七人民医院');
    expect(missing).not.toContain('巴南区人民医院');
    expect(missing).toContain('等 24 家');
    expect(await page().locator('.dash-incidents').innerText()).toContain(title);
    expect(await page().locator('.dash-off-target').innerText()).toContain('药占比');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page().screenshot({ path: join(artifactsDir, 'dashboard-reporting.png') });
    await page().setViewportSize({ width: 1024, height: 640 });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page().screenshot({ path: join(artifactsDir, 'dashboard-reporting-1024.png') });
    await page().setViewportSize({ width: 1366, height: 768 });
  });

  it('copies the 催报 text to the clipboard and logs the reminders', async () => {
    await page().context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page().getByRole('button', { name: /复制催报文本/ }).click();
    await expect.poll(() => page().evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).toContain('请重庆市第七人民医院尽快补报9月5日改革运行信息日报');
    await expect.poll(() => page().locator('.ant-message').innerText(), { timeout: 5000 }).toContain('已复制 24 条催报文本');
    const log = dispatch(session().core.handlers, 'reporting:reminders', { planId: 'banan-2017', period: '2017-09-05' });
    if (!log.ok) throw new Error(JSON.stringify(log));
    const seventh = (log.value as RemindersDto).items.find((i) => i.name === '重庆市第七人民医院');
    expect(seventh?.sent.length).toBe(1);
  });

  it('shows the text selected to copy by hand where the clipboard refuses', async () => {
    await settle();
    await page().evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
      document.execCommand = () => false;
    });
    await page().getByRole('button', { name: /复制催报文本/ }).click();
    const box = page().getByRole('dialog', { name: '复制催报文本' }).getByLabel('催报文本');
    await expect.poll(() => box.inputValue(), { timeout: 5000 }).toContain('请重庆市第七人民医院尽快补报');
    const selected = await box.evaluate((e: HTMLTextAreaElement) => e.selectionEnd - e.selectionStart);
    expect(selected).toBe((await box.inputValue()).length);
    await page().getByRole('dialog', { name: '复制催报文本' }).locator('.ant-modal-footer button').click();
  });

  it('opens the off-target indicator\'s trend from 工作台', async () => {
    await settle();
    await page().locator('.dash-off-target').getByRole('button', { name: '药占比' }).first().click();
    await expect.poll(() => page().locator('.trend-card').count(), { timeout: 5000 }).toBe(1);
    expect(await page().locator('.trend-card .ant-card-head').innerText()).toContain('药占比趋势');
  });

  it('closes the incident: it leaves 工作台 and the 未办结 filter, and can be opened again', async () => {
    await openRegister();
    await table().getByRole('button', { name: /办\s*结/ }).first().click();
    await page().locator('.ant-popconfirm').getByRole('button', { name: /办\s*结/ }).click();
    await expect.poll(() => table().innerText(), { timeout: 5000 }).toContain('已办结');
    await page().getByText('未办结', { exact: true }).click();
    await expect.poll(() => table().innerText(), { timeout: 5000 }).toContain('没有未办结的专报');
    await page().getByText('全部', { exact: true }).click();
    await expect.poll(() => table().innerText(), { timeout: 5000 }).toContain(title);

    await area('工作台');
    await expect.poll(() => page().locator('.dash-incidents').innerText(), { timeout: 5000 }).toContain('没有未办结的专报');

    await openRegister();
    await table().getByRole('button', { name: /重新打开/ }).click();
    await page().locator('.ant-popconfirm').getByRole('button', { name: /重新打开/ }).click();
    await expect.poll(() => table().locator('.ant-tag', { hasText: '未办结' }).count(), { timeout: 5000 }).toBe(1);
  });
});
