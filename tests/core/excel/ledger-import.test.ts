// An existing ledger read back: the 任务分工台账 the app exports, imported into a new plan, exports
// again cell for cell; a hand-made division table with merged cells and its own header words is
// read with a guessed mapping the clerk can change; a file without a ledger header is refused.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../electron/core/excel/exports';
import { importLedger, previewLedger, remapLedger } from '../../../electron/core/excel/import/ledger-import';
import type { IncomingFile } from '../../../electron/core/excel/import/template-import';
import { addProgress } from '../../../electron/core/ledger/progress';
import { readDeadlineText } from '../../../electron/shared/deadline-text';
import { useSeededCore } from '../../helpers/core';

const { core } = useSeededCore('ledger-import');
const file = (name: string, data: Buffer): IncomingFile => ({ name, size: data.length, modifiedAt: '2023-06-30T10:00:00', read: () => data });

async function dataRows(data: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  let header = 0;
  ws.eachRow((row, n) => {
    const cells = Array.from({ length: 8 }, (_, i) => row.getCell(i + 1).text);
    if (cells[1] === '重点任务') header = n;
    else if (header) rows.push(cells);
  });
  return rows;
}

describe('importing a ledger', () => {
  it('round-trips yubei-2022: export, import into a new plan, export again gives the same rows', async () => {
    const db = core().db;
    const ids = db.prepare("SELECT id FROM tasks WHERE plan_id = 'yubei-2022' AND kind = 'task' AND id NOT IN (SELECT parent_id FROM tasks WHERE parent_id IS NOT NULL) ORDER BY id LIMIT 3").pluck().all() as number[];
    addProgress(db, { taskIds: [ids[0]!], enteredOn: '2023-03-01', body: '已印发实施细则', status: 'in_progress' });
    addProgress(db, { taskIds: [ids[1]!], enteredOn: '2023-04-10', body: '已完成', status: 'done' });
    const original = await buildExport(db, { planId: 'yubei-2022', report: 'ledger', asOf: '2023-06-30' });
    const preview = previewLedger(db, file('台账.xlsx', original.data));
    expect(preview.columns.map((c) => c.field)).toEqual(['code', 'task', 'division', 'lead', 'cooperating', 'deadline', 'progress', 'status']);
    expect(preview.newUnits).toEqual([]);
    expect(preview.problems).toEqual([]);
    const before = db.prepare('SELECT count(*) FROM units').pluck().get();
    const done = importLedger(db, preview.previewId, {
      code: 0, task: 1, division: 2, lead: 3, cooperating: 4, deadline: 5, progress: 6, status: 7,
    }, { newPlan: { title: '渝北区医改任务台账（导入）', scope: '渝北区' } });
    expect(done).toMatchObject({ progress: 2, newUnits: [] });
    expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(before);
    const again = await buildExport(db, { planId: done.planId, report: 'ledger', asOf: '2023-06-30' });
    const [a, b] = [await dataRows(original.data), await dataRows(again.data)];
    expect(b.length).toBe(a.length);
    expect(b).toEqual(a);
  });

  it('reads a hand-made division table with merged cells and its own header words, and asks for nothing it cannot know', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分工');
    ws.addRow(['某区2024年深化医改重点任务分工表']);
    ws.addRow(['序号', '主要任务', '具体内容', '责任单位', '配合部门', '完成时间', '工作进展']);
    ws.addRow(['一、深化医疗体制改革']);
    ws.mergeCells('A3:G3');
    ws.addRow([1, '（一）推进分级诊疗', '1.建设医共体', '区卫生健康委', '区财政局、区医保局', '2024年底前', '2024年3月5日：已召开推进会']);
    ws.addRow([2, '（一）推进分级诊疗', '2.家庭医生签约', '区卫生健康委', '', '6月底前', '']);
    ws.mergeCells('B4:B5');
    ws.addRow([3, '（二）公立医院改革', '落实院长年薪制', '区人力社保局', '区某某新部门', '全程', '']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = previewLedger(core().db, file('分工表.xlsx', data));
    expect(preview.headerRow).toBe(2);
    expect(preview.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', 'code'], ['主要任务', 'task'], ['具体内容', 'division'], ['责任单位', 'lead'], ['配合部门', 'cooperating'], ['完成时间', 'deadline'], ['工作进展', 'progress'],
    ]);
    expect(preview.counts).toEqual({ parts: 1, tasks: 2, subtasks: 2, progress: 1 });
    expect(preview.items.map((i) => [i.kind, i.code, i.title])).toEqual([
      ['part', '一、', '深化医疗体制改革'], ['task', '（一）', '推进分级诊疗'], ['subtask', '1.', '建设医共体'], ['subtask', '2.', '家庭医生签约'],
      ['task', '（二）', '公立医院改革'],
    ]);
    expect(preview.newUnits).toContain('区某某新部门');
    // Without a 任务分工 column each row is a task of its own.
    const remapped = remapLedger(core().db, preview.previewId, { task: 1, lead: 3 });
    expect(remapped.counts.subtasks).toBe(0);
  });

  it('refuses a workbook without a ledger header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['__proto__', 'constructor', '名称']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(() => previewLedger(core().db, file('x.xlsx', data))).toThrow(/找不到表头/);
  });

  it.each([
    ['2017年9月5日', 2017, { kind: 'date', dueOn: '2017-09-05' }], ['8月25日前', 2017, { kind: 'date', dueOn: '2017-08-25' }],
    ['2023年6月底前', 2022, { kind: 'month', dueOn: '2023-06-30' }], ['2月底', 2024, { kind: 'month', dueOn: '2024-02-29' }],
    ['2023年底前', 2022, { kind: 'year', dueOn: '2023-12-31' }], ['全程', 2017, { kind: 'ongoing', dueOn: null }],
    ['逐步推进', 2017, { kind: 'none', dueOn: null }], ['2月30日', 2017, { kind: 'none', dueOn: null }],
  ])('reads the deadline %j', (text, year, expected) => {
    expect(readDeadlineText(text, year)).toEqual(expected);
  });
});
