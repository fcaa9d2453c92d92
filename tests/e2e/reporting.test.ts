// 信息报送 end to end: the matrix, entering a report, 催报 with the clipboard, the weekly summary
// and the regime — the real renderer in Chromium, the real core over the loopback harness.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate } = clerkActions(page);
const tab = (name: string) => page().getByRole('tab', { name }).click();

const total = () => page().getByTestId('matrix-total').innerText();
const cell = (unit: string, index: number) =>
  page().locator('.matrix-table .ant-table-row', { hasText: unit }).first().locator('.matrix-cell').nth(index);

describe('信息报送', () => {
  it('shows banan-2017 as of 2017-09-05: three report days, 25 units each, all missing', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('信息报送');
    await setDate('查看日期', '2017-09-05');
    // 8-23 … 9-05: the regime begins 9-01; 9-02 and 9-03 are a weekend
    await expect.poll(total, { timeout: 5000 }).toContain('应报 75，实报 0');
    expect(await page().locator('.matrix-table .ant-table-row').count()).toBe(25);
    // The cells settle with the matrix of the new day (a render of the previous one may still be showing).
    await expect.poll(() => cell('巴南区人民医院', 2).getAttribute('data-state'), { timeout: 5000 }).toBe('missing');
  });

  it('enters a hospital report for 9月5日 and the matrix changes', async () => {
    await cell('巴南区人民医院', 2).click();
    const drawer = page().getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toContain('医院运行信息报表');
    await setDate('收到时间', '2017-09-05 16:30:00');
    await drawer.getByLabel('医疗收入', { exact: true }).fill('120.5');
    await drawer.getByLabel('药品收入', { exact: true }).fill('36.2');
    await drawer.getByLabel('卫生材料收入', { exact: true }).fill('15.1');
    await drawer.getByLabel('工作进展').fill('取消药品加成后门诊运行平稳。');
    await page().screenshot({ path: join(artifactsDir, 'reporting-entry.png') });
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(total, { timeout: 5000 }).toContain('实报 1（按时 1，迟报 0），未报 74');
    expect(await cell('巴南区人民医院', 2).getAttribute('data-state')).toBe('onTime');
    const stored = session().core.db.prepare(
      "SELECT s.received_at FROM submissions s JOIN reporting_units ru ON ru.id = s.reporting_unit_id JOIN units u ON u.id = ru.unit_id WHERE u.name = '巴南区人民医院'",
    ).pluck().get();
    expect(stored).toBe('2017-09-05T16:30:00');
    await page().screenshot({ path: join(artifactsDir, 'reporting-matrix.png') });
  });

  it('refuses a figure out of bounds without a comment, and changes nothing', async () => {
    await cell('巴南区中医院', 2).click();
    const drawer = page().getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toContain('巴南区中医院');
    await drawer.getByLabel('医疗收入', { exact: true }).fill('80');
    await drawer.getByLabel('药品收入', { exact: true }).fill('95');
    await drawer.getByLabel('卫生材料收入', { exact: true }).fill('5');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page().locator('.ant-message').innerText()).toContain('药品收入');
    expect(await total()).toContain('实报 1（');
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
  });

  it('lists the 24 units still missing on 9月5日 and copies the 催报 text, which is logged', async () => {
    await page().context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await tab('催报');
    await expect.poll(() => page().locator('.reminder-list .ant-list-item').count()).toBe(24);
    const first = page().locator('.reminder-list .ant-list-item').first();
    const text = await first.locator('.reminder-text').innerText();
    expect(text).toMatch(/^请.+尽快补报9月5日改革运行信息日报（报送时限为9月5日17:00）。$/);
    await first.getByRole('button', { name: /复\s*制/ }).click();
    await expect.poll(() => page().evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect.poll(() => first.innerText()).toContain('已催报');
    expect(session().core.db.prepare('SELECT COUNT(*) FROM reminders').pluck().get()).toBe(1);
    await page().screenshot({ path: join(artifactsDir, 'reporting-reminders.png') });
  });

  it('compiles the weekly summary of week 41 and keeps the edited text', async () => {
    await tab('周报汇总');
    await setDate('报送期', '2017-10-11');
    await expect.poll(() => page().getByTestId('period-label').innerText()).toContain('2017年第41周（10月9日至10月15日）');
    await expect.poll(() => page().getByTestId('summary-status').innerText()).toContain('应报 25');
    const body = page().getByLabel('汇总正文');
    await body.fill(`${await body.inputValue()}\n（经办人已核对）`);
    await page().getByRole('button', { name: /保\s*存/ }).first().click();
    await expect.poll(() => page().getByText('汇总正文（已修改）').count()).toBe(1);
    await page().screenshot({ path: join(artifactsDir, 'reporting-summary.png') });
  });

  it('shows the regime with its two phases and 25 reporters', async () => {
    await tab('报送制度');
    await expect.poll(() => page().getByText('报送单位（25）').count()).toBe(1);
    expect(await page().locator('.ant-card', { hasText: '报送阶段' }).last().innerText()).toContain('每周五 12:00 前');
    await page().screenshot({ path: join(artifactsDir, 'reporting-regime.png'), fullPage: true });
  });
});
