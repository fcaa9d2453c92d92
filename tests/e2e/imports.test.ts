// Templates out and back in, end to end: 发报送模板 writes one per unit with a progress bar; the
// returned ones, filled as a clerk fills them, are imported from a folder and every file gets
// its verdict; a changed file waits until the clerk confirms it.
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser';
import { clerkActions, useE2eSession, watchFor } from '../helpers/e2e';
import { fillTemplate, hospitalDay } from '../helpers/fill-template';

const session = useE2eSession();
const page = (): Page => session().page;
const { area, setDate, choose } = clerkActions(page);
const sent = (unit: string) => join(session().harness.downloads, `${unit}_2017-09-06_报送模板.xlsx`);
const returned = (name: string) => join(session().harness.uploads, name);
const rows = () => page().getByRole('table').last().locator('tbody tr.ant-table-row');
const medical = (unit: string) => session().core.db.prepare(`SELECT v.value_num FROM submission_values v JOIN form_fields f ON f.id = v.field_id
  JOIN submissions s ON s.id = v.submission_id WHERE f.label = '医疗收入' AND s.period_start = '2017-09-06' AND s.source_file LIKE ?`).pluck().get(`${unit}%`);

describe('报送模板 out and back', () => {
  it('writes a template for every reporting unit of 2017-09-06, showing progress', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await area('报表导出');
    await choose('导出方案', '巴南区全面推开公立医院综合改革实施方案');
    await page().getByRole('tab', { name: '发报送模板' }).click();
    await setDate('报送期', '2017-09-06');
    await expect.poll(() => page().getByTestId('period-label').innerText(), { timeout: 5000 }).toContain('2017年9月6日');
    const bar = await watchFor(page(), '[role=status][aria-label="生成模板"]');
    await page().getByRole('button', { name: /生成模板/ }).click();
    await expect.poll(() => page().getByTestId('templates-result').innerText(), { timeout: 20_000 }).toContain('已生成 25 份模板');
    expect((await bar.seen()).some((t) => /\/25/.test(t))).toBe(true);
    expect(readdirSync(session().harness.downloads).filter((f) => f.endsWith('_2017-09-06_报送模板.xlsx'))).toHaveLength(25);
    await page().screenshot({ path: join(artifactsDir, 'templates.png') });
  });

  it('imports a folder of returned templates and gives every file its verdict', async () => {
    for (const [unit, value] of [['巴南区人民医院', 100], ['巴南区中医院', 88]] as const) {
      writeFileSync(returned(`${unit}_2017-09-06_报送模板.xlsx`), await fillTemplate(readFileSync(sent(unit)), hospitalDay(value)));
    }
    writeFileSync(returned('重庆南郊医院_2017-09-06_报送模板.xlsx'), await fillTemplate(readFileSync(sent('重庆南郊医院')), { ...hospitalDay(70), 医疗收入: '约70' }));
    copyFileSync(sent('文件组'), returned('文件组_2017-09-06_报送模板.xlsx'));
    await page().getByRole('tab', { name: '导入收回的模板' }).click();
    await page().getByRole('button', { name: /选择文件夹/ }).click();
    await expect.poll(() => page().getByTestId('import-summary').innerText(), { timeout: 20_000 }).toContain('共 4 个文件：已导入 2，重复 0，待确认 0，未导入 2');
    const text = await rows().allInnerTexts();
    expect(text.find((t) => t.includes('重庆南郊医院'))).toMatch(/未导入[\s\S]*B9\s*医疗收入：“约70”不是确切的数/);
    expect(text.find((t) => t.includes('文件组'))).toMatch(/模板中没有填写任何内容/);
    expect(medical('巴南区人民医院')).toBe(100);
    await page().screenshot({ path: join(artifactsDir, 'imports.png') });
  });

  it('lists the same files again as duplicates, and holds a changed one until confirmed', async () => {
    for (const name of readdirSync(session().harness.uploads)) if (!/巴南区人民医院|巴南区中医院/.test(name)) rmSync(returned(name));
    writeFileSync(returned('巴南区中医院_2017-09-06_报送模板.xlsx'), await fillTemplate(readFileSync(sent('巴南区中医院')), { ...hospitalDay(88), 医疗收入: 89 }));
    await page().getByRole('button', { name: /选择文件夹/ }).click();
    await expect.poll(() => page().getByTestId('import-summary').innerText(), { timeout: 20_000 }).toContain('共 2 个文件：已导入 0，重复 1，待确认 1，未导入 0');
    expect((await rows().allInnerTexts()).find((t) => t.includes('巴南区中医院'))).toMatch(/医疗收入：88\s*→\s*89/);
    expect(medical('巴南区中医院')).toBe(88);
    await page().screenshot({ path: join(artifactsDir, 'imports-changed.png') });
    await page().getByRole('button', { name: /确认导入所选（1）/ }).click();
    await page().getByRole('dialog').getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => medical('巴南区中医院'), { timeout: 5000 }).toBe(89);
    await expect.poll(async () => (await rows().allInnerTexts()).find((t) => t.includes('巴南区中医院')), { timeout: 5000 }).toMatch(/已导入/);
  });
});
