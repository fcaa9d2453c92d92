// The parts and tasks of a notice as a tree, read from their codes as written: 一、 （一） 1. （1） ①.
// A code is taken only where the numbering expects it — the next sibling at a level already
// open, or the first (or continuing) number of a new level below — so "一、二、三级医院" or
// "1.5倍" inside a sentence is never a heading, and a text with no line breaks at all still
// reads right. At the start of a line a small gap in the numbering is allowed (a copy that lost
// an item); inside a line the numbering must be exact.
import { readChineseNumber } from '../../shared/chinese-number';

export type CodeStyle = 'cn' | 'pcn' | 'num' | 'pnum' | 'circ';
export type OutlineNode = {
  style: CodeStyle;
  n: number;
  code: string;
  /** Where the code starts, where the text after it starts, and where the node's own text ends (its first child or next heading). */
  at: number;
  textAt: number;
  end: number;
  children: OutlineNode[];
};

const codeRe = /（([一二三四五六七八九十]{1,4})）|([一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十]{1,2}[、级])|（(\d{1,2})）|(\d{1,2})\s?[.．、](?![\d%])|([①-⑳])/g;

function readCode(m: RegExpExecArray): { style: CodeStyle; n: number } | null {
  if (m[1]) return { style: 'pcn', n: readChineseNumber(m[1]) ?? 0 };
  if (m[2]) return { style: 'cn', n: readChineseNumber(m[2]) ?? 0 };
  if (m[3]) return { style: 'pnum', n: Number(m[3]) };
  if (m[4]) return { style: 'num', n: Number(m[4]) };
  if (m[5]) return { style: 'circ', n: m[5].charCodeAt(0) - 0x2460 + 1 };
  return null;
}

/** What may follow a code for it to be a heading: text, not a figure's unit ("1、2号楼", "3. 5%"). */
const afterCode = /^\s?[\u4e00-\u9fff“《（]/;

export function readOutline(text: string, from: number, to: number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const last = new Map<CodeStyle, number>();
  codeRe.lastIndex = from;
  for (let m = codeRe.exec(text); m && m.index < to; m = codeRe.exec(text)) {
    const code = readCode(m);
    if (!code || code.n < 1) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!afterCode.test(after)) continue;
    const before = text.slice(Math.max(from, m.index - 2), m.index).replace(/[ \t]+$/, '');
    const lineStart = m.index === from || before === '' || before.endsWith('\n');
    const level = stack.findIndex((s) => s.style === code.style);
    // Inside a line, a bare number is a heading only after a sentence has ended, or as the first
    // item right after a heading whose title has no full stop ("（一）…新体系1. 打造…").
    if (code.style === 'num' && !lineStart && !/[。；！？）：]$/.test(before)) {
      const top = stack[stack.length - 1];
      if (level >= 0 || !top || text.slice(top.textAt, m.index).includes('。')) continue;
    }
    let ok: boolean;
    if (level >= 0) {
      const expected = stack[level]!.n + 1;
      ok = code.n === expected || (lineStart && code.n > expected && code.n <= expected + 2);
    } else {
      const seen = last.get(code.style) ?? 0;
      ok = code.n === 1 || (seen > 0 && (code.n === seen + 1 || (lineStart && code.n > seen && code.n <= seen + 3)));
    }
    if (!ok) continue;
    if (level >= 0) stack.length = level;
    const textAt = m.index + m[0].length + (/^\s/.test(after) ? 1 : 0);
    const node: OutlineNode = { ...code, code: codeText(m[0]), at: m.index, textAt, end: to, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
    last.set(code.style, code.n);
    codeRe.lastIndex = textAt;
  }
  setEnds(roots, to);
  return roots;
}

/** The code as documents write it: "1." for "1 ." or "1．", "一、", "（一）". */
function codeText(raw: string): string {
  return raw.replace(/\s/g, '').replace('．', '.');
}

/** A node's own text ends where its first child starts, or else where the next heading starts. */
function setEnds(nodes: OutlineNode[], end: number) {
  nodes.forEach((node, i) => {
    const next = nodes[i + 1]?.at ?? end;
    node.end = node.children[0]?.at ?? next;
    setEnds(node.children, next);
  });
}
