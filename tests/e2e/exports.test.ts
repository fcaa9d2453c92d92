// 报表导出 end to end: choose a plan and a report, export, see the progress bar and where the
// file was saved; the file is a real workbook with the report's title.
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession, watchFor } from '../helpers/e2e';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate, choose } = clerkActions(page);

describe('报表导出', () => {
  it('exports banan-2017 时序安排表 as of 2017-09-05 and shows where it was saved', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('报表导出');
    await choose('导出方案', '巴南区全面推开公立医院综合改革实施方案');
    await page().getByRole('radio', { name: /重点工作时序安排表/ }).check();
    await setDate('导出日期', '2017-09-05');
    const bar = await watchFor(page(), '[role=status][aria-label="导出"]');
    await page().getByRole('button', { name: /导出并保存/ }).click();
    await expect.poll(() => page().getByTestId('export-result').innerText(), { timeout: 10_000 }).toContain('已保存');
    // The bar showed while the workbook was built, from the core's progress events, and is gone now.
    expect((await bar.seen()).some((t) => /\d+%/.test(t))).toBe(true);
    expect(await page().locator('[role=status][aria-label="导出"]').count()).toBe(0);
    const path = join(session().harness.downloads, '重点工作时序安排表_banan-2017_2017-09-05.xlsx');
    expect(existsSync(path)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets[0]!.getCell('A1').text).toBe('巴南区公立医院综合改革重点工作时序安排表');
    await page().screenshot({ path: join(artifactsDir, 'exports.png') });
  });

  it('says in Chinese why a report cannot be made, and saves nothing', async () => {
    await choose('导出方案', '重庆市');
    await page().getByRole('radio', { name: /工作组责任分工表/ }).check();
    await page().getByRole('button', { name: /导出并保存/ }).click();
    await expect.poll(() => page().getByRole('alert').last().innerText(), { timeout: 5000 }).toContain('该方案没有工作组');
  });
});
