// 指标监测 end to end: figures reported through the core, the district 药占比 on screen as the ratio
// of the summed figures, a range read, a new formula indicator made through the form, the trend
// chart drawn, entered values for yubei-2022, and the page never wider than the window.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dispatch } from '../../electron/core/dispatch';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate, choose, settle, overflow } = clerkActions(page);

const submit = (unit: string, day: string, values: Record<string, number>) => {
  const r = dispatch(session().core.handlers, 'reporting:submit', { planId: 'banan-2017', reporterName: unit, period: day, receivedAt: `${day} 16:00`, values });
  expect(r.ok, JSON.stringify(r)).toBe(true);
};
const row = (name: string) => page().locator(`.indicator-table tr[data-indicator="${name}"]`);

describe('指标监测 on banan-2017', () => {
  it('shows the district 药占比 as the ratio of the summed figures, each hospital red when off target', async () => {
    submit('巴南区人民医院', '2017-09-05', { 医疗收入: 120, 药品收入: 36, 卫生材料收入: 15 });
    submit('巴南区中医院', '2017-09-05', { 医疗收入: 80, 药品收入: 30, 卫生材料收入: 9 });
    submit('巴南区人民医院', '2017-09-04', { 医疗收入: 100, 药品收入: 28, 卫生材料收入: 12 });
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('指标监测');
    await setDate('查看日期', '2017-09-05');
    await settle();
    const share = row('药占比');
    // (36 + 30) ÷ (120 + 80) × 100 = 33.00, not the mean of 30.00 and 37.50
    await expect.poll(() => share.innerText(), { timeout: 5000 }).toContain('33.00%');
    const text = await share.innerText();
    expect(text).toContain('未达标');
    expect(text).toContain('30.00%');
    expect(text).toContain('37.50%');
    expect(text).toContain('药品收入 ÷ 医疗收入 × 100');
    expect(await share.locator('[data-judgement="notMet"]').count()).toBe(3);
    expect(await page().getByTestId('indicator-period').innerText()).toBe('2017年9月5日');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page().screenshot({ path: join(artifactsDir, 'indicators.png') });
  });

  it('reads a date range as the figures summed over it', async () => {
    await page().getByText('按日期区间').click();
    const range = page().getByLabel('统计区间');
    await range.first().click();
    await range.first().fill('2017-09-04');
    await range.nth(1).click();
    await range.nth(1).fill('2017-09-05');
    await range.nth(1).press('Enter');
    await settle();
    // (28 + 36 + 30) ÷ (100 + 120 + 80) × 100 = 31.33
    await expect.poll(() => row('药占比').innerText(), { timeout: 5000 }).toContain('31.33%');
    expect(await page().getByTestId('indicator-period').innerText()).toBe('2017-09-04 至 2017-09-05 合计');
    await page().getByText('按报送期').click();
    await expect.poll(() => row('药占比').innerText(), { timeout: 5000 }).toContain('33.00%');
  });

  it('makes a new indicator through the form and computes it from the same figures', async () => {
    await page().getByRole('button', { name: '新增指标' }).click();
    const dialog = page().getByRole('dialog', { name: '新增指标' });
    await dialog.getByLabel('指标名称').fill('卫生材料占比');
    await dialog.getByLabel('单位').fill('%');
    await choose('分子数据项1', '卫生材料收入');
    await choose('分母数据项1', '医疗收入');
    await page().locator('.ant-select-dropdown:visible').waitFor({ state: 'detached', timeout: 3000 }).catch(() => undefined);
    await page().screenshot({ path: join(artifactsDir, 'indicator-new.png') });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // (15 + 9) ÷ (120 + 80) × 100 = 12.00
    await expect.poll(async () => ((await row('卫生材料占比').count()) ? row('卫生材料占比').innerText() : ''), { timeout: 5000 }).toContain('12.00%');
    expect(await row('卫生材料占比').innerText()).toContain('卫生材料收入 ÷ 医疗收入 × 100');
  });

  it('draws the 药占比 trend over the regime\'s first two months', async () => {
    await settle();
    await row('药占比').getByRole('button', { name: /趋\s*势/ }).click();
    const chart = page().locator('.trend-chart canvas').first();
    await expect.poll(() => chart.count(), { timeout: 5000 }).toBe(1);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(250);
    expect(await page().getByLabel('趋势区间').first().inputValue()).toBe('2017-09-01');
    expect(await page().getByLabel('趋势区间').nth(1).inputValue()).toBe('2017-10-31');
    await page().locator('.trend-card').scrollIntoViewIfNeeded();
    await page().screenshot({ path: join(artifactsDir, 'indicator-trend.png') });
  });

  it('keeps to the window at 1024×640', async () => {
    await page().setViewportSize({ width: 1024, height: 640 });
    await page().locator('.indicator-table').scrollIntoViewIfNeeded();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page().screenshot({ path: join(artifactsDir, 'indicators-1024.png') });
    await page().setViewportSize({ width: 1366, height: 768 });
  });
});

describe('指标监测 on yubei-2022 (entered values)', () => {
  it('enters a district value and a unit value and judges them against the 2023 target', async () => {
    await choose('方案', '渝北');
    await expect.poll(() => row('平均住院日').count(), { timeout: 5000 }).toBe(1);
    expect(await page().getByRole('button', { name: '新增指标' }).count()).toBe(0);
    await setDate('数据截至日期', '2022-12-31');
    await settle();
    await row('平均住院日').getByRole('button', { name: /录\s*入/ }).click();
    let dialog = page().getByRole('dialog');
    await dialog.getByLabel('指标数值').fill('10.2');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => row('平均住院日').innerText(), { timeout: 5000 }).toContain('10.20');
    expect(await row('平均住院日').innerText()).toContain('未达标');

    // A value for one unit gets that unit its own column.
    await settle();
    await row('平均住院日').getByRole('button', { name: /录\s*入/ }).click();
    dialog = page().getByRole('dialog');
    await dialog.getByText('某一单位').click();
    await choose('单位', '区人民医院');
    await dialog.getByLabel('指标数值').fill('9.1');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page().locator('.indicator-table thead').innerText(), { timeout: 5000 }).toContain('区人民医院');
    expect(await row('平均住院日').innerText()).toContain('9.10');
    await settle();
    await row('平均住院日').scrollIntoViewIfNeeded();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page().screenshot({ path: join(artifactsDir, 'indicators-yubei.png') });
  });
});
