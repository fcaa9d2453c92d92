// The hostile and broken files: each mutation takes a file of the corpus and a seeded random
// source and returns what a USB stick or a chat download might bring instead.
import { deflateRawSync } from 'node:zlib';
import type { Base } from './corpus';
import { readZip, writeZip, type Entry } from './zip';

export type Rng = () => number;
export type Case = Base & { mutation: string };

/** A small, fast, seeded generator (mulberry32), so a failing case can be made again from its number. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)]!;
const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;

let bombStream: { data: Buffer; size: number } | undefined;
/** 210 MB of zeros deflated once (about 200 kB): more than any import may inflate. */
function bomb(): { data: Buffer; size: number } {
  if (!bombStream) {
    const size = 210 * 1024 * 1024;
    bombStream = { data: deflateRawSync(Buffer.alloc(size, 0x20), { level: 9 }), size };
  }
  return bombStream;
}

/** The entry most worth breaking: a sheet, the shared strings, or a Word document's body. */
function xmlEntry(rng: Rng, entries: Entry[]): Entry | undefined {
  const xml = entries.filter((e) => /\.xml$/.test(e.name) && /sheet|sharedStrings|document|workbook/.test(e.name));
  return xml.length ? pick(rng, xml) : undefined;
}

function withXml(base: Base, rng: Rng, change: (xml: string, rng: Rng) => string): Buffer {
  const entries = readZip(base.bytes);
  const entry = xmlEntry(rng, entries);
  if (entry) entry.data = Buffer.from(change(entry.data.toString('utf8'), rng), 'utf8');
  return writeZip(entries);
}

/** Inserts `what` right after the opening tag of a random cell (or a random element when there is no cell). */
function intoCell(xml: string, rng: Rng, what: string): string {
  const cells = [...xml.matchAll(/<c [^>]*>/g)];
  const at = cells.length ? pick(rng, cells) : pick(rng, [...xml.matchAll(/<[a-z:]+[^>]*>/gi)]);
  if (!at) return xml + what;
  const end = at.index! + at[0].length;
  return xml.slice(0, end) + what + xml.slice(end);
}

const laughs = '<!DOCTYPE lolz [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('') + ']>';

type Mutation = { name: string; applies: (b: Base) => boolean; make: (b: Base, rng: Rng) => Buffer; rename?: (name: string) => string };

export const mutations: Mutation[] = [
  { name: '随机改写字节', applies: () => true, make: (b, rng) => { const out = Buffer.from(b.bytes); for (let n = 1 + int(rng, 40); n > 0; n--) out[int(rng, out.length)] = int(rng, 256); return out; } },
  { name: '截断', applies: () => true, make: (b, rng) => b.bytes.subarray(0, int(rng, b.bytes.length)) },
  { name: '空文件', applies: () => true, make: () => Buffer.alloc(0) },
  { name: '随机字节', applies: () => true, make: (_b, rng) => Buffer.from(Array.from({ length: 1 + int(rng, 5000) }, () => int(rng, 256))) },
  { name: '文本改名为表格', applies: (b) => b.target !== 'notice', make: () => Buffer.from('这是一个文本文件，被改名成了 .xls\r\n第二行', 'utf8'), rename: (n) => n.replace(/\.\w+$/, '.xls') },
  { name: '压缩炸弹（如实申报）', applies: (b) => isZip(b.bytes), make: (b) => writeZip([...readZip(b.bytes).filter((e) => !/sheet1\.xml|document\.xml/.test(e.name)), { name: /docx$/.test(b.name) ? 'word/document.xml' : 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), precompressed: bomb() }]) },
  { name: '压缩炸弹（谎报大小）', applies: (b) => isZip(b.bytes), make: (b) => writeZip([...readZip(b.bytes).filter((e) => !/sheet1\.xml|document\.xml/.test(e.name)), { name: /docx$/.test(b.name) ? 'word/document.xml' : 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), precompressed: { data: bomb().data, size: 1000 } }]) },
  { name: '部件过多', applies: (b) => isZip(b.bytes), make: (b) => writeZip([...readZip(b.bytes), ...Array.from({ length: 5000 }, (_, i) => ({ name: `xl/media/x${i}.bin`, data: Buffer.from([i & 255]) }))]) },
  { name: '实体膨胀', applies: (b) => isZip(b.bytes), make: (b, rng) => withXml(b, rng, (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, (m) => `${m}${laughs}`).replace(/<t([ >])/, '<t$1&j;')) },
  { name: '深层嵌套', applies: (b) => isZip(b.bytes), make: (b, rng) => withXml(b, rng, (xml, r) => intoCell(xml, r, '<is>' + '<r>'.repeat(50_000) + '<t>深</t>' + '</r>'.repeat(50_000) + '</is>')) },
  { name: '巨长文本', applies: (b) => isZip(b.bytes), make: (b, rng) => withXml(b, rng, (xml, r) => intoCell(xml, r, `<is><t>${'很长的文字'.repeat(400_000)}</t></is>`)) },
  { name: '巨大工作表', applies: (b) => isZip(b.bytes) && b.target !== 'notice', make: (b) => {
    const entries = readZip(b.bytes);
    const sheet = entries.find((e) => /sheet1\.xml$/.test(e.name));
    if (sheet) sheet.data = Buffer.from(sheet.data.toString('utf8').replace(/<\/sheetData>/, Array.from({ length: 300_000 }, (_, i) => `<row r="${i + 100}"><c r="A${i + 100}"><v>${i}</v></c><c r="B${i + 100}" t="inlineStr"><is><t>任务${i}</t></is></c></row>`).join('') + '</sheetData>').replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    return writeZip(entries);
  } },
  { name: '公式单元格', applies: (b) => isZip(b.bytes) && b.target !== 'notice', make: (b, rng) => withXml(b, rng, (xml, r) => {
    let out = xml;
    for (let n = 1 + int(r, 5); n > 0; n--) out = intoCell(out, r, pick(r, ['<f>SUM(1,2)</f>', "<f>cmd|' /C calc'!A0</f>", '<f>HYPERLINK("http://example.com","点此")</f>', '<f>WEBSERVICE("http://x")</f>']));
    return out;
  }) },
  { name: '原型污染键', applies: (b) => isZip(b.bytes), make: (b, rng) => withXml(b, rng, (xml, r) => {
    const keys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];
    return xml.replace(/<t( [^>]*)?>[^<]*<\/t>/g, (m) => (r() < 0.4 ? `<t>${pick(r, keys)}</t>` : m)).replace(/name="[^"]*"/, `name="${pick(r, keys)}"`);
  }) },
  { name: '无效日期', applies: (b) => isZip(b.bytes) && b.target !== 'notice', make: (b, rng) => withXml(b, rng, (xml, r) => {
    let out = xml;
    for (let n = 1 + int(r, 4); n > 0; n--) {
      out = out.replace(/<c r="([A-Z]+\d+)"[^>]*?(\/>|>.*?<\/c>)/, (_m, ref: string) => pick(r, [
        `<c r="${ref}" t="d"><v>1900-02-29</v></c>`, `<c r="${ref}" t="d"><v>2023-02-30T25:61:00</v></c>`, `<c r="${ref}" s="1"><v>2958466</v></c>`,
        `<c r="${ref}" s="1"><v>-1</v></c>`, `<c r="${ref}"><v>1e308</v></c>`, `<c r="${ref}"><v>NaN</v></c>`, `<c r="${ref}" t="d"><v>不是日期</v></c>`,
      ]));
    }
    return out;
  }) },
  { name: '无效 UTF-8', applies: (b) => isZip(b.bytes), make: (b, rng) => {
    const entries = readZip(b.bytes);
    const entry = xmlEntry(rng, entries);
    if (entry) {
      const at = entry.data.indexOf('<t');
      const bad = Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1, 0xed, 0xa0, 0x80]);
      entry.data = at < 0 ? Buffer.concat([entry.data, bad]) : Buffer.concat([entry.data.subarray(0, at + 10), bad, entry.data.subarray(at + 10)]);
    }
    return writeZip(entries);
  } },
  { name: 'XML 随机改写', applies: (b) => isZip(b.bytes), make: (b, rng) => withXml(b, rng, (xml, r) => {
    const chars = xml.split('');
    for (let n = 1 + int(r, 30); n > 0; n--) chars[int(r, chars.length)] = pick(r, ['<', '>', '"', '/', '&', '\u0000', 'x', '9', ' ', '中']);
    return chars.join('');
  }) },
  { name: '无效编码文本', applies: (b) => b.target === 'notice' && b.name.endsWith('.txt'), make: (b, rng) => {
    const out = Buffer.from(b.bytes.subarray(0, 20_000));
    for (let n = 1 + int(rng, 200); n > 0; n--) out[int(rng, out.length)] = pick(rng, [0x80, 0xff, 0xfe, 0xc0, 0x81, 0xa1]);
    return out;
  } },
  { name: '超长通知', applies: (b) => b.target === 'notice' && b.name.endsWith('.txt'), make: (b) => Buffer.concat(Array.from({ length: Math.ceil(700_000 * 3 / b.bytes.length) }, () => b.bytes)) },
];

/** One named mutation of one file, made the same way every time. */
export function applyMutation(base: Base, name: string, seed = 1): Case {
  const mutation = mutations.find((m) => m.name === name);
  if (!mutation) throw new Error(`没有这种变异：${name}`);
  return { target: base.target, name: mutation.rename?.(base.name) ?? base.name, bytes: mutation.make(base, rngOf(seed)), mutation: name };
}

export function makeCase(bases: Base[], index: number, seed: number): Case {
  const rng = rngOf(seed * 1_000_003 + index);
  const base = pick(rng, bases);
  const usable = mutations.filter((m) => m.applies(base));
  const mutation = pick(rng, usable);
  let bytes: Buffer;
  try {
    bytes = mutation.make(base, rng);
  } catch {
    bytes = base.bytes.subarray(0, int(rng, base.bytes.length)); // a base the mutation could not open: truncate instead
  }
  return { target: base.target, name: mutation.rename?.(base.name) ?? base.name, bytes, mutation: mutation.name };
}
