// 指标监测, 专报 and the 工作台 panels end to end: figures entered through the core, the district
// 药占比 from the summed figures on screen, the trend chart drawn, an incident logged and closed.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dispatch } from '../../electron/core/dispatch';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate } = clerkActions(page);

const submit = (unit: string, day: string, values: Record<string, number>) => {
  const r = dispatch(session().core.handlers, 'reporting:submit', { planId: 'banan-2017', reporterName: unit, period: day, receivedAt: `${day} 16:00`, values });
  expect(r.ok, JSON.stringify(r)).toBe(true);
};

describe('指标监测', () => {
  it('shows the district 药占比 as the ratio of the summed figures, and its trend', async () => {
    submit('巴南区人民医院', '2017-09-05', { 医疗收入: 120, 药品收入: 36, 卫生材料收入: 15 });
    submit('巴南区中医院', '2017-09-05', { 医疗收入: 80, 药品收入: 30, 卫生材料收入: 9 });
    submit('巴南区人民医院', '2017-09-04', { 医疗收入: 100, 药品收入: 28, 卫生材料收入: 12 });
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('指标监测');
    await setDate('查看日期', '2017-09-05');
    const share = page().locator('.indicator-table tr[data-indicator="药占比"]');
    await expect.poll(() => share.innerText(), { timeout: 5000 }).toContain('33.00%');
    expect(await share.innerText()).toContain('未达标');
    await page().screenshot({ path: join(artifactsDir, 'indicators.png') });
    await share.getByRole('button', { name: /趋\s*势/ }).click();
    const chart = page().locator('.trend-chart canvas').first();
    await expect.poll(() => chart.count(), { timeout: 5000 }).toBe(1);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    await page().locator('.trend-chart').scrollIntoViewIfNeeded();
    await page().screenshot({ path: join(artifactsDir, 'indicator-trend.png') });
  });

  it('enters a value for a yubei-2022 indicator and judges it against the 2023 target', async () => {
    await page().getByRole('combobox', { name: '方案' }).click();
    await page().locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '渝北' }).first().click();
    const row = page().locator('.indicator-table tr[data-indicator="平均住院日"]');
    await expect.poll(() => row.count(), { timeout: 5000 }).toBe(1);
    await setDate('数据截至日期', '2022-12-31');
    await row.getByRole('button', { name: /录\s*入/ }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel('指标数值').fill('10.2');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => row.innerText(), { timeout: 5000 }).toContain('10.20');
    expect(await row.innerText()).toContain('未达标');
    await page().screenshot({ path: join(artifactsDir, 'indicators-yubei.png') });
  });
});

describe('专报 and 工作台', () => {
  it('logs an incident through the form, sees it on 工作台, closes it and it leaves', async () => {
    await area('信息报送');
    await page().getByRole('tab', { name: '专报' }).click();
    await page().getByRole('button', { name: '登记专报' }).click();
    const dialog = page().getByRole('dialog', { name: '登记专报' });
    await dialog.getByLabel('事件标题').fill('网传取消药品加成后药价上涨');
    await dialog.getByLabel('处置措施').fill('联系网信办核实并发布解读');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page().locator('.incident-table').innerText(), { timeout: 5000 }).toContain('网传取消药品加成后药价上涨');
    await page().screenshot({ path: join(artifactsDir, 'incidents.png') });

    await area('工作台');
    await setDate('查看日期', '2017-09-05');
    await expect.poll(() => page().locator('.dash-incidents').innerText(), { timeout: 5000 }).toContain('网传取消药品加成后药价上涨');
    await expect.poll(() => page().getByTestId('today-banan-2017').innerText(), { timeout: 5000 }).toContain('应报 25，已报 2，未报 23');
    expect(await page().locator('.dash-off-target').innerText()).toContain('药占比');
    await page().screenshot({ path: join(artifactsDir, 'dashboard-reporting.png'), fullPage: true });

    await page().context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page().getByRole('button', { name: /复制催报文本/ }).click();
    await expect.poll(() => page().evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).toContain('请重庆市第七人民医院尽快补报9月5日改革运行信息日报');

    await area('信息报送');
    await page().getByRole('tab', { name: '专报' }).click();
    await page().locator('.incident-table').getByRole('button', { name: /办\s*结/ }).first().click();
    await page().locator('.ant-popconfirm').getByRole('button', { name: /办\s*结/ }).click();
    await expect.poll(() => page().locator('.incident-table').innerText(), { timeout: 5000 }).toContain('已办结');
    await area('工作台');
    await expect.poll(() => page().locator('.dash-incidents').innerText(), { timeout: 5000 }).toContain('没有未办结的专报');
  });
});
