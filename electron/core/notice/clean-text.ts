// The text of a notice as clerks get it — wrapped by a PDF, spaced by Word, flattened by a web
// page — made into one clean text the outline can be read from, without losing where each
// character came from: `at[i]` is the offset in the source of `text[i]`, so every field the
// draft shows can point back at the words it was read from.

export type CleanText = { text: string; at: number[] };

const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…《》]/;
const isCjk = (c: string | undefined) => c !== undefined && cjk.test(c);
/** Spaces of every width; a tab is not one of them: it separates the cells of a copied table. */
const space = /[ \u00a0\u3000\u2002-\u200b]/;

/** "- 32 -", "— 7 —", "第 3 页，共 12 页": a page's number, never part of the text. */
const pageNumber = /^\s*(?:[-—–－─~]+\s*\d{1,4}\s*[-—–－─~]+|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)\s*$/;
/** A running header or footer printed beside the page number: the issuer's name, "…文件", "…发布". */
const runningLine = /(?:人民政府|办公室|办公厅|委员会|文件|发布)$/;

type Line = { start: number; text: string };

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: source.slice(start) });
  return lines;
}

/** Page numbers, and the header and footer lines printed within three lines of one: a line that
 * names the issuer or a 文件/发布 line, or one that stands beside half the page numbers or more (a running header is on every page). */
function furniture(lines: Line[]): Set<number> {
  const drop = new Set<number>();
  const near = new Map<string, { pages: Set<number>; lines: number[] }>();
  lines.forEach((l, i) => {
    if (!pageNumber.test(l.text)) return;
    drop.add(i);
    for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
      const t = lines[j]!.text.trim();
      if (!t || t.length > 30 || /[。，、；：]/.test(t) || lines[j]!.text.startsWith('\t') || pageNumber.test(t)) continue;
      const seen = near.get(t) ?? { pages: new Set<number>(), lines: [] };
      seen.pages.add(i);
      seen.lines.push(j);
      near.set(t, seen);
    }
  });
  const pages = [...drop].length;
  for (const [t, seen] of near) if (runningLine.test(t) || seen.pages.size >= Math.max(2, pages / 2)) for (const j of seen.lines) drop.add(j);
  return drop;
}

/** One character as the outline reads it: brackets and Chinese punctuation full-width. */
function normaliseChar(c: string, prev: string | undefined, next: string | undefined): string {
  if (c === '(') return '（';
  if (c === ')') return '）';
  if (c === ':' && isCjk(prev)) return '：';
  if (c === ',' && (isCjk(prev) || isCjk(next))) return '，';
  if (c === ';' && (isCjk(prev) || isCjk(next))) return '；';
  return c;
}

export function cleanText(source: string): CleanText {
  const lines = splitLines(source.replace(/^\ufeff/, ''));
  const drop = furniture(lines);
  const out: string[] = [];
  const at: number[] = [];
  let blank = 0;
  const push = (c: string, offset: number) => {
    out.push(c);
    at.push(offset);
  };
  lines.forEach((line, li) => {
    if (drop.has(li)) return;
    const text = line.text;
    let a = 0;
    let b = text.length;
    while (a < b && space.test(text[a]!)) a++;
    while (b > a && (space.test(text[b - 1]!) || text[b - 1] === '\t')) b--;
    if (a === b) {
      blank++;
      return;
    }
    if (out.length) {
      push('\n', line.start - 1);
      if (blank) push('\n', line.start - 1);
    }
    blank = 0;
    for (let i = a; i < b; i++) {
      const c = text[i]!;
      if (c === '\t') {
        if (out[out.length - 1] !== '\t') push('\t', line.start + i);
        continue;
      }
      if (space.test(c)) {
        // Spaces between Chinese characters are the extraction's, not the writer's: 区卫 生计生委.
        let j = i;
        while (j < b && space.test(text[j]!)) j++;
        if (isCjk(out[out.length - 1]) && isCjk(text[j])) {
          i = j - 1;
          continue;
        }
        push(' ', line.start + i);
        i = j - 1;
        continue;
      }
      push(normaliseChar(c, text[i - 1], text[i + 1]), line.start + i);
    }
  });
  at.push(source.length);
  // 〔2020〕 as written with [ ] or ［ ］ in a 文号.
  const text = out.join('').replace(/[[［](\d{4})[\]］]/g, '〔$1〕');
  return { text, at };
}

/** The source span [start, end) of the clean text's [from, to). */
export function sourceSpan(clean: CleanText, from: number, to: number): [number, number] {
  if (to <= from) return [clean.at[from] ?? 0, clean.at[from] ?? 0];
  return [clean.at[from]!, clean.at[to - 1]! + 1];
}
