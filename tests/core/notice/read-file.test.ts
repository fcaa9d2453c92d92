// Notice files as the office receives them: GB18030 text, a Word document with a table, the text
// layer of a PDF, and files that are none of these — each read or refused in Chinese.
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../electron/core/notice/extract';
import { decodeText, readNoticeFile } from '../../../electron/core/notice/read-file';
import { unitRegistry } from '../../../electron/core/notice/registry';
import { useSeededCore } from '../../helpers/core';
import { scoreDraft, scoreLine, seedPlan, seedSource } from '../../helpers/notice-score';

const { core } = useSeededCore('notice-files');
const file = (name: string, bytes: Buffer) => ({ name, size: bytes.length, modifiedAt: '', read: () => bytes });

describe('reading a notice file', () => {
  it('tells GB18030 from UTF-8 by the bytes and reads both the same', async () => {
    const gbk = readFileSync('tests/fixtures/notice-2020h2-gbk.txt');
    expect(gbk.includes(Buffer.from('重庆', 'utf8'))).toBe(false);
    expect(await readNoticeFile(file('通知.txt', gbk))).toBe(seedSource('chongqing-2020h2'));
    expect(decodeText(Buffer.from('\ufeff医改', 'utf8'))).toBe('医改');
  });

  it('reads a Word document: its paragraphs, and a table as one cell per line', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph('重庆市渝北区人民政府办公室'),
          new Paragraph('关于印发某某工作方案的通知'),
          new Paragraph('渝北府办发〔2023〕7号'),
          new Paragraph({ children: [new TextRun('现将《渝北区某某工作方案》印发给你们，请认真贯彻执行。')] }),
          new Paragraph('重庆市渝北区人民政府办公室'),
          new Paragraph('2023年3月1日'),
          new Paragraph('一、重点任务'),
          new Paragraph('（一）建立 工作台账。逐项明确责任。（牵头单位：区卫 生健康委，配合单位：区财政局、区医保局）'),
          new Paragraph('（二）开展 督导。每月一次。（区医保局、区卫生健康委分别负责）'),
          new Paragraph('附件1'),
          new Paragraph('重点任务分工表'),
          new Table({ rows: [
            new TableRow({ children: ['重点任务', '任务分工', '牵头单位', '配合单位', '完成时限'].map(cell) }),
            new TableRow({ children: ['1. 建立工作台账', '建立台账并每月更新', '区卫生健康委', '区财政局', '2023年底前'].map(cell) }),
          ] }),
        ],
      }],
    });
    const bytes = await Packer.toBuffer(doc);
    const text = await readNoticeFile(file('方案.docx', bytes));
    expect(text).toContain('\t区卫生健康委');
    const draft = extractNotice(text, unitRegistry(core().db, '渝北区'));
    expect(draft.docNumber.value).toBe('渝北府办发〔2023〕7号');
    expect(draft.title.value).toBe('渝北区某某工作方案');
    const [part] = draft.tasks;
    expect(part!.children.map((t) => [t.code, t.title, t.units.map((u) => `${u.role}:${u.unitName ?? u.name}`)])).toEqual([
      ['（一）', '建立工作台账', ['lead:区卫生健康委', 'cooperating:区财政局', 'cooperating:区医保局']],
      ['（二）', '开展督导', ['lead:区医保局', 'lead:区卫生健康委']],
    ]);
    expect(draft.annexes.map((a) => a.kind)).toEqual(['division']);
  });

  it('reads the text layer of a PDF, and the draft still matches the seed', async () => {
    const text = await readNoticeFile(file('利州.pdf', readFileSync('tests/fixtures/notice-lizhou.pdf')));
    const plan = seedPlan('lizhou-2017');
    const score = scoreDraft(core().db, plan, extractNotice(text, unitRegistry(core().db, plan.scope)));
    console.log(`PDF 文字层  ${scoreLine(score)}`);
    expect(score.found / score.tasks).toBeGreaterThanOrEqual(0.98);
    expect(score.unitsRight / score.tasks).toBeGreaterThanOrEqual(0.97);
  });

  it('refuses what is not a notice, in Chinese', async () => {
    await expect(readNoticeFile(file('a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])))).rejects.toThrow(/旧版 Word（\.doc）/);
    await expect(readNoticeFile(file('a.docx', Buffer.from('PK\u0003\u0004broken')))).rejects.toThrow(/无法读取“a\.docx”/);
    await expect(readNoticeFile(file('a.pdf', Buffer.from('%PDF-1.4 garbage')))).rejects.toThrow(/无法读取“a\.pdf”/);
    await expect(readNoticeFile(file('a.bin', Buffer.from([1, 2, 3, 0, 5, 6])))).rejects.toThrow(/不是文本、Word 或 PDF 文件/);
    await expect(readNoticeFile(file('空.txt', Buffer.from('  \n ')))).rejects.toThrow(/没有文字/);
    await expect(readNoticeFile({ name: '大.txt', size: 30 * 1024 * 1024, modifiedAt: '', read: () => Buffer.alloc(0) })).rejects.toThrow(/超过 20 MB/);
  });
});
