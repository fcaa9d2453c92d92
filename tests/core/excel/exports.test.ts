// Every export read back with exceljs: the title, the 填报单位 line, the header, the print setup
// (A4 landscape, one page wide, header rows repeated, page numbers), the frozen header, the rows
// the engines give, and user text that looks like a formula written as text.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExport, reportKinds, type ReportKind } from '../../../electron/core/excel/exports';
import type { LedgerResult } from '../../../electron/shared/ledger';
import { cliAsync } from '../../helpers/cli';
import { useSeededCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-db';

const { core, value } = useSeededCore('exports');
const tmp = tempDir();

async function open(report: ReportKind, planId: string, extra: Record<string, string> = {}) {
  const file = await buildExport(core().db, { planId, report, ...extra });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.data as unknown as ArrayBuffer);
  return { file, wb, ws: wb.worksheets[0]! };
}
const cellTexts = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(c.text)));
  return out;
};

describe('every report', () => {
  const cases: [ReportKind, string, Record<string, string>][] = [
    ['ledger', 'yubei-2022', { asOf: '2022-12-31' }], ['groups', 'banan-2017', {}], ['roster', 'banan-2017', {}],
    ['timeline', 'banan-2017', { asOf: '2017-09-05' }], ['indicators', 'yubei-2022', { asOf: '2022-12-31' }],
    ['summary', 'banan-2017', { period: '2017-09-05' }], ['ranking', 'banan-2017', { asOf: '2017-09-30' }],
    ['followups', 'banan-2017', { from: '2017-08-01', to: '2017-09-30' }],
  ];
  it('covers every report kind', () => expect(cases.map((c) => c[0]).sort()).toEqual([...reportKinds].sort()));

  it.each(cases)('%s is laid out ready to submit', async (report, planId, extra) => {
    const { wb } = await open(report, planId, extra);
    for (const ws of wb.worksheets) {
      expect(ws.getCell('A1').text).toMatch(/[区市]/);
      expect(ws.getCell('A1').font?.bold).toBe(true);
      expect(ws.getCell('A2').text).toMatch(/^填报单位：区医改办\s+日期：\d{4}年\d{1,2}月\d{1,2}日$/);
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(ws.headerFooter.oddFooter).toContain('&P');
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      const header = Number(ws.pageSetup.printTitlesRow!.split(':')[0]);
      expect(ws.getCell(header, 1).border?.top?.style).toBe('thin');
      let formulas = 0;
      ws.eachRow((row) => row.eachCell((c) => { if (c.type === ExcelJS.ValueType.Formula) formulas++; }));
      expect(formulas).toBe(0);
    }
  });
});

describe('the ledger export', () => {
  it('has a row for every task of yubei-2022, grouped by part, with 牵头单位 and 完成时限', async () => {
    const { ws } = await open('ledger', 'yubei-2022', { asOf: '2022-12-31' });
    const ledger = value<LedgerResult>('ledger:list', { planId: 'yubei-2022', asOf: '2022-12-31' });
    const leaves = ledger.rows.filter((r) => !r.isHeading && r.kind === 'task').length;
    const numbered: number[] = [];
    ws.eachRow((row, r) => { if (r > 4 && typeof row.getCell(1).value === 'number') numbered.push(r); });
    expect(numbered).toHaveLength(leaves);
    expect(ws.getRow(4).values).toEqual([undefined, '序号', '重点任务', '任务分工', '牵头单位', '配合单位', '完成时限', '进展情况', '状态']);
    expect(cellTexts(ws)).toContain('区卫生健康委');
  });

  it('writes a title that looks like a formula as text', async () => {
    const planId = 'banan-2017';
    value('tasks:create', { planId, title: '=HYPERLINK("http://x","点我")' });
    value('tasks:create', { planId, title: '@SUM(1,2)' });
    const { ws } = await open('ledger', planId, { asOf: '2017-09-05' });
    const texts = cellTexts(ws);
    expect(texts.some((t) => t.includes('=HYPERLINK("http://x","点我")'))).toBe(true);
    expect(texts.some((t) => t.includes('@SUM(1,2)'))).toBe(true);
  });
});

describe('the summary and the ranking', () => {
  it('the summary has its five sheets and the completeness of the day', async () => {
    const { wb } = await open('summary', 'banan-2017', { period: '2017-09-05' });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['报送情况', '主要指标', '逾期任务', '突发情况', '各单位工作进展']);
    expect(wb.worksheets[0]!.getCell('A3').text).toContain('应报 25');
  });

  it('the ranking puts the best on-time rate first', async () => {
    value('reporting:submit', { planId: 'banan-2017', reporterName: '巴南区中医院', period: '2017-09-05', receivedAt: '2017-09-05 10:00', values: { 医疗收入: 80, 药品收入: 30, 卫生材料收入: 9 } });
    const { ws } = await open('ranking', 'banan-2017', { from: '2017-09-01', to: '2017-09-30', asOf: '2017-09-30' });
    expect(ws.getCell('B5').text).toBe('巴南区中医院');
    expect(ws.getCell('A5').value).toBe(1);
  });
});

describe('export from the command line', () => {
  it('writes the file whole and says where', async () => {
    const out = tmp.file('台账.xlsx');
    const r = await cliAsync('export', '--db', core().db.name, '--plan', 'banan-2017', '--report', 'timeline', '--as-of', '2017-09-05', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已导出重点工作时序安排表');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown report, a missing .xlsx and a bad date, writing nothing', async () => {
    for (const extra of [['--report', 'budget', '--out', tmp.file('a.xlsx')], ['--report', 'ledger', '--out', tmp.file('a.txt')], ['--report', 'ledger', '--as-of', '2017-02-30', '--out', tmp.file('a.xlsx')]]) {
      const r = await cliAsync('export', '--db', core().db.name, '--plan', 'banan-2017', ...extra);
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/^错误：/);
    }
    expect(() => readFileSync(tmp.file('a.xlsx'))).toThrow();
  });
});

describe('the summary as a Word document', () => {
  it('is a .docx named for the period, and only the summary can be one', async () => {
    const file = await buildExport(core().db, { planId: 'banan-2017', report: 'summary', period: '2017-W41', format: 'docx' });
    expect(file.fileName).toBe('巴南区医改工作信息周报_2017-W41.docx');
    expect(file.data.subarray(0, 2).toString()).toBe('PK');
    expect(file.data.length).toBeGreaterThan(4000);
    await expect(buildExport(core().db, { planId: 'banan-2017', report: 'ledger', format: 'docx' })).rejects.toThrow('只有信息报送汇总可以导出为 Word 文档');
  });
});
