// Exports never carry a formula from user text: text that begins like a formula is planted in the
// fields clerks type (the office name, task titles, progress notes, a unit's name, the audit log)
// and every report and the audit export are unzipped: no sheet holds a formula element.
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../electron/core/dispatch';
import { buildExport, type ReportKind } from '../../../electron/core/excel/exports';
import { readZip } from '../../fuzz/zip';
import { useSeededCore } from '../../helpers/core';

const { core, value } = useSeededCore('no-formulas');
const planted = ['=cmd|\' /C calc\'!A0', '+SUM(1,2)', '-2+3', '@HYPERLINK("http://x","点我")', '=1+1'];

const formulasIn = (xlsx: Buffer) =>
  readZip(xlsx).filter((e) => /^xl\/worksheets\/.*\.xml$/.test(e.name)).flatMap((e) => e.data.toString('utf8').match(/<f[ >][^<]*/g) ?? []);

describe('exports with formula-like user text', () => {
  it('write it as text in every report and in the audit export', async () => {
    value('settings:update', { officeName: '=1+1', clerkName: '@王芳' });
    const taskIds = planted.map((title) => (value<{ id: number }>('tasks:create', { planId: 'banan-2017', title })).id);
    value('progress:add', { taskIds, enteredOn: '2017-09-04', body: '=HYPERLINK("http://x","进展")', status: 'in_progress' });
    const unitId = core().db.prepare("SELECT id FROM units WHERE name = '区财政局' AND scope = '巴南区'").pluck().get();
    value('units:rename', { unitId, name: '=区财政局' });
    const reports: [ReportKind, string, Record<string, string>][] = [
      ['ledger', 'banan-2017', { asOf: '2017-09-05' }], ['groups', 'banan-2017', {}], ['roster', 'banan-2017', {}],
      ['timeline', 'banan-2017', { asOf: '2017-09-05' }], ['summary', 'banan-2017', { period: '2017-09-05' }],
      ['ranking', 'banan-2017', { asOf: '2017-09-30' }], ['followups', 'banan-2017', { from: '2017-08-01', to: '2017-09-30' }],
      ['indicators', 'yubei-2022', { asOf: '2022-12-31' }],
    ];
    for (const [report, planId, extra] of reports) {
      const file = await buildExport(core().db, { planId, report, ...extra });
      expect(formulasIn(file.data), report).toEqual([]);
    }
    let audit: Buffer | undefined;
    await dispatchAsync(core().handlers, 'audit:export', {}, {
      saveFile: async (_n, d) => { audit = d; return 'x'; }, chooseFolder: async () => null, chooseFiles: async () => null, progress: () => {},
    });
    expect(formulasIn(audit!)).toEqual([]);
    expect(audit!.toString('latin1').length).toBeGreaterThan(0);
    const ledger = await buildExport(core().db, { planId: 'banan-2017', report: 'ledger', asOf: '2017-09-05' });
    const text = readZip(ledger.data).map((e) => e.data.toString('utf8')).join('');
    for (const p of ['cmd|', 'SUM(1,2)', 'HYPERLINK']) expect(text, p).toContain(p);
  });
});
