// The text of a notice file as the office receives it: .txt in UTF-8 or GB18030/GBK (told apart
// by whether the bytes are valid UTF-8), .docx (paragraphs, and tables as one tab-led cell per
// line, the way a copied Word table pastes), or the text layer of a .pdf. What the file is comes
// from its first bytes, not its name, so a renamed file is still read right.
import { checkZip } from '../files/zip-guard';
import { AppError } from '../../shared/errors';
import type { IncomingFile } from '../excel/import/template-import';

export const noticeMaxBytes = 20 * 1024 * 1024;
export const noticeMaxChars = 500_000;

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const unescape = (s: string) => s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e] ?? m);

/** mammoth's HTML to text: a line per paragraph, a tab-led line per table cell. */
export function htmlToText(html: string): string {
  return unescape(
    html
      .replace(/<\/(p|h\d|li)>/gi, '\n')
      .replace(/<td[^>]*>/gi, '\n\t')
      .replace(/<(br|\/tr|\/table)[^>]*>/gi, '\n')
      .replace(/<\/td>/gi, '')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\t([^\n]*)\n(?=[^\t\n])/g, '\t$1 ')
    .replace(/\n{3,}/g, '\n\n');
}

async function docxText(bytes: Buffer): Promise<string> {
  // A Word document is a zip: checked before mammoth inflates it (no zip bomb, nothing truncated).
  if (!checkZip(bytes, { maxInflatedBytes: 100 * 1024 * 1024, maxEntries: 2000 }).ok) throw new Error('zip refused');
  const mammoth = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return htmlToText(value);
}

/** A PDF's text layer, a line per run of items at one height, pages one after another. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    let line = '';
    let y: number | null = null;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const itemY = item.transform[5] as number;
      if (y !== null && Math.abs(itemY - y) > 2 && line) {
        lines.push(line);
        line = '';
      }
      line += item.str;
      y = itemY;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
        y = null;
      }
    }
    if (line) lines.push(line);
    page.cleanup();
  }
  await doc.destroy();
  return lines.join('\n');
}

export async function readNoticeFile(file: IncomingFile): Promise<string> {
  if (file.size > noticeMaxBytes) throw new AppError('invalid_input', `文件“${file.name}”超过 20 MB，不像是一份通知`);
  const bytes = file.read();
  let text: string;
  try {
    if (bytes.subarray(0, 4).toString('latin1') === '%PDF') text = await pdfText(bytes);
    else if (bytes[0] === 0x50 && bytes[1] === 0x4b) text = await docxText(bytes);
    else if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new AppError('invalid_input', `“${file.name}”是旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再打开`);
    else text = decodeText(bytes);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('invalid_input', `无法读取“${file.name}”：文件已损坏或不是 .txt、.docx、.pdf 文件`);
  }
  // Control characters in the first lines: bytes of some other kind of file, not text.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 2000))) throw new AppError('invalid_input', `“${file.name}”不是文本、Word 或 PDF 文件`);
  if (!text.trim()) throw new AppError('invalid_input', `“${file.name}”中没有文字${bytes.subarray(0, 4).toString('latin1') === '%PDF' ? '（可能是扫描件，没有文字层），请使用文字版 PDF 或 Word 文件' : ''}`);
  if (text.length > noticeMaxChars) throw new AppError('invalid_input', `“${file.name}”超过 50 万字，不像是一份通知`);
  return text;
}
