// 督办's files: a 督办通知 per lead as a Word document (its text read back from the docx), logged
// as sent with its tasks; the 督办情况通报 ranking units by overdue tasks and on-time completion;
// and 联系人 travelling with the roster workbook and read back from it.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { followUpRanking } from '../../../electron/core/assignments/followup-ranking';
import { dispatchAsync, type FileAdapter } from '../../../electron/core/dispatch';
import { buildExport } from '../../../electron/core/excel/exports';
import type { ContactOwnerDto, ContactsImportDto, NoticeDto, OverdueDto } from '../../../electron/shared/assignments';
import { useSeededCore, wholeDatabase } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-db';

const { core, value } = useSeededCore('followup-files');
const out = tempDir('yigai-notice-');
const adapter = (files: string[] = []): FileAdapter => ({ saveFile: async () => null, chooseFolder: async () => out.dir, chooseFiles: async () => files, progress: () => {} });
const run = async (channel: string, input: unknown, files?: string[]) => dispatchAsync(core().handlers, channel, input, adapter(files));

/** The document's paragraphs as text, read from word/document.xml. */
function docxText(path: string): string[] {
  const zip = XLSX.CFB.read(readFileSync(path), { type: 'buffer' });
  const xml = XLSX.CFB.find(zip, '/word/document.xml')!.content as Uint8Array;
  return Buffer.from(xml).toString('utf8').split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).filter(Boolean);
}

describe('督办通知', () => {
  it('writes one notice per lead of the chosen overdue tasks, in the official layout, and logs each as sent', async () => {
    const overdue = value<OverdueDto[]>('followups:list', { planId: 'banan-2017', asOf: '2017-09-20' });
    const chosen = overdue.filter((o) => o.leads.some((l) => l.name === '培训组')).slice(0, 2);
    expect(chosen.length).toBe(2);
    const r = await run('followups:notices', { asOf: '2017-09-20', taskIds: chosen.map((c) => c.taskId), docPrefix: '巴南医改办督〔2017〕', firstNumber: 3, issuedOn: '2017-09-20', replyBy: '2017-09-25' });
    expect(r).toMatchObject({ ok: true });
    const files = (r as { value: { files: string[] } }).value.files;
    expect(files).toContain('督办通知_培训组_2017-09-20.docx');
    const text = docxText(join(out.dir, '督办通知_培训组_2017-09-20.docx'));
    const level = chosen.some((c) => c.level === 'notify') ? '督办通报' : chosen.some((c) => c.level === 'urge') ? '督办通知' : '工作提醒';
    expect(text[0]).toBe(`区医改办${level}`);
    expect(text[1]).toMatch(/^巴南医改办督〔2017〕\d+号$/);
    expect(text).toContain('培训组：');
    expect(text.join('\n')).toContain(`截至2017年9月20日，你单位牵头负责的以下 2 项工作任务已超过完成时限，尚未办结。`);
    expect(text.join('\n')).toContain(`${chosen[0]!.title.replace(/[。；;]$/, '')}`);
    expect(text.join('\n')).toContain(`已逾期 ${chosen[0]!.daysLate} 天`);
    expect(text.join('\n')).toContain('请于2017年9月25日前将上述任务的办理情况');
    const log = value<NoticeDto[]>('followups:log', {});
    expect(log.find((n) => n.recipient === '培训组')).toMatchObject({ issuedOn: '2017-09-20', replyBy: '2017-09-25', fileName: '督办通知_培训组_2017-09-20.docx', tasks: chosen.map((c) => ({ taskId: c.taskId, title: c.title, daysLate: c.daysLate })) });
    const again = value<OverdueDto[]>('followups:list', { planId: 'banan-2017', asOf: '2017-09-20' }).find((o) => o.taskId === chosen[0]!.taskId)!;
    expect(again.notices).toMatchObject({ count: 1, lastOn: '2017-09-20' });
  });

  it('refuses a task that is not overdue on the day, before writing any file', async () => {
    const before = wholeDatabase(core());
    const notYet = core().db.prepare("SELECT id FROM tasks WHERE plan_id = 'banan-2017' AND due_on > '2017-12-01' LIMIT 1").pluck().get();
    const r = await run('followups:notices', { asOf: '2017-09-20', taskIds: [notYet], issuedOn: '2017-09-20', replyBy: '2017-09-25' });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/未逾期或已办结，不需督办/) } });
    expect(wholeDatabase(core())).toEqual(before);
    expect(await run('followups:notices', { asOf: '2017-09-20', taskIds: [1], issuedOn: '2017-09-20', replyBy: '2017-09-19' })).toMatchObject({ ok: false, error: { message: '反馈期限不能早于发文日期' } });
  });
});

describe('督办情况通报', () => {
  it('ranks leads by overdue tasks, then on-time completion, counting tasks due in the range', () => {
    const rows = followUpRanking(core().db, { planId: 'banan-2017', from: '2017-08-01', to: '2017-09-30' });
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r.onTime + r.lateDone + r.overdue).toBeLessThanOrEqual(r.due);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.overdue).toBeGreaterThanOrEqual(rows[i - 1]!.overdue);
    expect(rows[0]!.rank).toBe(1);
  });

  it('is exported with its range and the overdue counts in red', async () => {
    const file = await buildExport(core().db, { planId: 'banan-2017', report: 'followups', from: '2017-08-01', to: '2017-09-30' });
    expect(file.fileName).toBe('督办情况通报_banan-2017_2017-08-01至2017-09-30.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').text).toBe('巴南区医改重点任务督办情况通报');
    expect(ws.getCell('A3').text).toMatch(/^统计区间：2017年8月1日至2017年9月30日/);
    expect([ws.getCell('A4').text, ws.getCell('F4').text, ws.getCell('F5').text, ws.getCell('I4').text]).toEqual(['排名', '逾期未完成', '合计', '按时完成率']);
  });
});

describe('联系人 with the roster workbook', () => {
  it('are exported on a 联系人 sheet and read back from it, replacing each named owner’s list', async () => {
    const file = await buildExport(core().db, { planId: 'banan-2017', report: 'roster' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('联系人')!;
    expect([ws.getCell('A4').text, ws.getCell('B4').text, ws.getCell('C4').text]).toEqual(['类别', '单位或工作组', '联系人']);
    expect(ws.getCell('B5').text).toBe('综合协调组');
    // A clerk fills two rows and saves.
    ws.getCell('C5').value = '李明';
    ws.getCell('D5').value = '区医改办科员';
    ws.getCell('F5').value = '13900001111';
    ws.getCell('C6').value = '周敏';
    const path = join(out.dir, '工作组名单.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await run('imports:contacts', { planId: 'banan-2017', pick: 'files' }, [path]);
    expect(r).toMatchObject({ ok: true, value: { owners: 2, contacts: 2, problems: [] } });
    const owners = value<ContactOwnerDto[]>('contacts:list', {});
    expect(owners.find((o) => o.kind === 'group' && o.name === '综合协调组')!.contacts).toEqual([{ name: '李明', post: '区医改办科员', officePhone: null, mobile: '13900001111' }]);
  });

  it('refuses a sheet naming an owner it does not know, by cell, and writes nothing', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['类别', '单位或工作组', '联系人'], ['单位', '区财政局', '王芳'], ['工作组', '不存在组', '某人']]), '联系人');
    const path = join(out.dir, '错的.xlsx');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const before = wholeDatabase(core());
    const r = await run('imports:contacts', { planId: 'banan-2017', pick: 'files' }, [path]);
    expect((r as { value: ContactsImportDto }).value.problems).toEqual([{ cell: 'B3', message: '工作组“不存在组”不在本方案中，请核对名称' }]);
    expect(wholeDatabase(core())).toEqual(before);
  });

  it('closes out', () => out.remove());
});
