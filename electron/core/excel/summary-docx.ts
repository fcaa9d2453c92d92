// The weekly summary as a Word document in the layout of an official document (GB/T 9704-2012):
// A4, margins 37/35/28/26 mm, the title in 方正小标宋简体 (黑体 where it is not installed) 22 pt,
// the body in 仿宋_GB2312 16 pt on a fixed 28 pt line with a two-character first-line indent,
// 一、 headings in 黑体, page numbers as "— 1 —" at the foot. The text is the summary as the clerk
// edited it; the Excel tables go with it as attachments.
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';

export const mm = (n: number) => Math.round((n / 25.4) * 1440); // twips
export const pt = (n: number) => n * 2; // half-points
export const body = { font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, size: pt(16) };
export const line = { line: 28 * 20, lineRule: LineRuleType.EXACT };

export function paragraph(text: string): Paragraph {
  if (/^[一二三四五六七八九十]+、/.test(text)) {
    return new Paragraph({ spacing: line, indent: { firstLine: 640 }, children: [new TextRun({ text, font: { eastAsia: '黑体', ascii: '黑体', hAnsi: '黑体' }, size: pt(16) })] });
  }
  if (/^（[一二三四五六七八九十]+）/.test(text)) {
    return new Paragraph({ spacing: line, indent: { firstLine: 640 }, children: [new TextRun({ text, font: { eastAsia: '楷体_GB2312', ascii: '楷体_GB2312', hAnsi: '楷体_GB2312' }, size: pt(16) })] });
  }
  return new Paragraph({ spacing: line, indent: { firstLine: 640 }, children: [new TextRun({ text, ...body })] });
}

export const titleRun = { font: { eastAsia: '方正小标宋简体', ascii: '方正小标宋简体', hAnsi: '方正小标宋简体' }, size: pt(22) };
/** A4 with the standard margins and "— 1 —" page numbers at the foot. */
export const officialPage = {
  properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
  footers: {
    default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: '宋体', eastAsia: '宋体' }, size: pt(14) })] })] }),
  },
};

/** The first line is the title, a line in （…） right under it the subtitle, the rest the body. */
export async function summaryDocx(text: string): Promise<Buffer> {
  const lines = text.split('\n').map((l) => l.trim());
  const [title = '', ...rest] = lines;
  const subtitle = rest[0]?.startsWith('（') ? rest.shift()! : null;
  const doc = new Document({
    creator: '医改台账',
    title,
    sections: [{
      ...officialPage,
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...line, line: 35 * 20, after: subtitle ? 0 : 28 * 20 }, children: [new TextRun({ text: title, ...titleRun })] }),
        ...(subtitle ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...line, after: 28 * 20 }, children: [new TextRun({ text: subtitle, ...body })] })] : []),
        ...rest.filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== '')).map((l) => (l === '' ? new Paragraph({ spacing: line, children: [] }) : paragraph(l))),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
