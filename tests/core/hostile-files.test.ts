// Each kind of hostile or broken file named in the requirements, made from a real returned
// template (and a notice), goes through the channel the screen uses: refused within seconds with a
// Chinese message, the database exactly as it was, no object prototype touched.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Base } from '../fuzz/corpus';
import { applyMutation, type Case } from '../fuzz/mutate';
import { fillTemplate } from '../helpers/fill-template';
import * as XLSX from 'xlsx';
import { identitySheet } from '../../electron/core/excel/templates';
import { judgeCase } from '../fuzz/run-fuzz';
import { useSeededCore, wholeDatabase } from '../helpers/core';
import { dispatchAsync } from '../../electron/core/dispatch';

const { core } = useSeededCore('hostile');
let bases: Base[];
beforeAll(async () => {
  bases = await buildCorpus(core().db);
});
const base = (name: string) => bases.find((b) => b.name === name)!;

/** The refusal's words; the database, audit log included, is exactly as it was. */
async function refusalOf(b: Base, mutation: string, made?: Case): Promise<string> {
  const before = wholeDatabase(core());
  const c = made ?? applyMutation(b, mutation);
  const verdict = await judgeCase(core(), c);
  expect(verdict, mutation).toMatchObject({ ok: true });
  expect(verdict.ms, mutation).toBeLessThan(5000);
  const channel = b.target === 'notice' ? 'notices:open' : 'imports:templates';
  const r = await dispatchAsync(core().handlers, channel, { pick: 'dropped', files: [{ name: c.name, modifiedAt: 0, size: c.bytes.length, base64: c.bytes.toString('base64') }] }, {
    saveFile: async () => null, chooseFolder: async () => null, chooseFiles: async () => null, progress: () => {},
  });
  expect(wholeDatabase(core()), mutation).toEqual(before);
  if (!r.ok) return r.error.message;
  const results = (r.value as { results: { status: string; errors: { message: string }[] }[] }).results;
  expect(results.map((f) => f.status), mutation).toEqual(['rejected']);
  return results[0]!.errors.map((e) => e.message).join('；');
}

describe('hostile workbooks', () => {
  const template = '巴南区人民医院-日报.xlsx';
  it.each([
    ['压缩炸弹（如实申报）', /解压后超过 200\.0 MB，过大，拒绝读取/],
    ['压缩炸弹（谎报大小）', /解压后超过 200\.0 MB|已损坏/],
    ['部件过多', /部件过多/],
    ['实体膨胀', /实体声明/],
    ['截断', /不完整或已损坏|不是 Excel 工作簿|已损坏/],
    ['空文件', /文件是空的/],
    ['文本改名为表格', /不是 Excel 工作簿/],
  ])('%s: refused in Chinese', async (mutation, message) => {
    expect(await refusalOf(base(template), mutation)).toMatch(message);
  });

  it('formulas: refused by cell, never evaluated', async () => {
    const bytes = await fillTemplate(base(template).bytes, { 医疗收入: { formula: 'SUM(1,2)' }, 药品收入: { formula: "cmd|' /C calc'!A0" } });
    expect(await refusalOf(base(template), '公式单元格', { ...base(template), bytes, mutation: '公式单元格' })).toMatch(/公式/);
  });

  it('huge text in a text field: refused by the field’s limit', async () => {
    const bytes = await fillTemplate(base(template).bytes, { 工作进展: '很长的文字'.repeat(400_000) });
    expect(await refusalOf(base(template), '巨长文本', { ...base(template), bytes, mutation: '巨长文本' })).toMatch(/工作进展有 2000000 字，不能超过 5000 字/);
  });

  it('prototype keys for every identity key: refused, no prototype touched', async () => {
    const book = XLSX.read(base(template).bytes);
    const identity = book.Sheets[identitySheet]!;
    const keys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];
    for (let r = 1; identity[`A${r}`]; r++) identity[`A${r}`] = { t: 's', v: keys[r % keys.length] };
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    expect(await refusalOf(base(template), '原型污染键', { ...base(template), bytes, mutation: '原型污染键' })).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).planId).toBeUndefined();
  });

  it.each(['公式单元格', '深层嵌套', '巨长文本', '原型污染键', '无效日期', '无效 UTF-8', '巨大工作表'])('%s: answered in seconds, nothing written unless whole', async (mutation) => {
    const verdict = await judgeCase(core(), applyMutation(base(template), mutation));
    expect(verdict, mutation).toMatchObject({ ok: true });
    expect(verdict.ms).toBeLessThan(5000);
  });
});

describe('a huge ledger', () => {
  it('is refused past 20,000 rows, read no further', async () => {
    const c = applyMutation(base('任务分工台账.xlsx'), '巨大工作表');
    const started = performance.now();
    const r = await dispatchAsync(core().handlers, 'imports:ledgerPreview', { pick: 'dropped', files: [{ name: c.name, modifiedAt: 0, size: c.bytes.length, base64: c.bytes.toString('base64') }] }, {
      saveFile: async () => null, chooseFolder: async () => null, chooseFiles: async () => null, progress: () => {},
    });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('超过 20,000 行，不像是报送模板或台账') } });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('hostile notices', () => {
  it.each([
    ['通知.docx', '压缩炸弹（谎报大小）', /无法读取“通知\.docx”/],
    ['通知.docx', '实体膨胀', /无法读取“通知\.docx”/],
    ['通知.txt', '超长通知', /超过 50 万字/],
    ['通知.pdf', '截断', /无法读取|没有文字/],
    ['通知.txt', '随机字节', /不是文本、Word 或 PDF 文件|无法读取/],
  ])('%s %s: refused in Chinese', async (name, mutation, message) => {
    expect(await refusalOf(base(name), mutation)).toMatch(message);
  });
});
