// One heading of the outline read into a task: its title (the lead phrase up to the first 。, or
// the heading line when the line ends first), its body, its unit clause and its deadline.
// Positions stay in the clean text; the extractor maps them to the source at the end.
import { readUnitClause, roleWord, type ClauseReading } from './unit-clause';
import type { OutlineNode } from './outline';

export type TaskText = {
  code: string;
  title: string;
  body: string;
  titleFrom: number;
  titleTo: number;
  clause: { text: string; from: number; to: number; reading: ClauseReading } | null;
  deadline: { text: string; from: number; to: number } | null;
};

/** Where paragraphs end in this text: at a blank line, at the end of a short line, or at every line end when nothing is wrapped. */
export type Wrap = { width: number; blankMeansBreak: boolean };

export function wrapOf(text: string, from: number, to: number): Wrap {
  const region = text.slice(from, to);
  const lines = region.split('\n');
  const lengths = lines.map((l) => l.length).filter((n) => n >= 10).sort((a, b) => a - b);
  // Some PDF copies put a blank line after every line: then a blank line says nothing.
  const blanks = lines.filter((l) => l === '').length;
  return { width: lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0, blankMeansBreak: blanks < lengths.length / 3 };
}

function paragraphEnd(text: string, from: number, to: number, wrap: Wrap): number {
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (i === lineStart) continue;
    if (wrap.width === 0 || wrap.width >= 70 || (wrap.blankMeansBreak && text[i + 1] === '\n') || text[i + 1] === '\t' || i - lineStart < wrap.width * 0.8) return i;
  }
  return to;
}

const unitName = /(?:局|委|办|部|厅|院|中心|政府|部门|财政|海关|警备区|残联|公司|银行|组)(?:等)?(?:[、，,；]|分别|负责|牵头|参与|配合|$)/;

/** The last bracket in the text that names units with their roles. */
function unitClause(text: string, from: number, to: number): { from: number; to: number; inner: string } | null {
  let found: { from: number; to: number; inner: string } | null = null;
  for (let i = text.indexOf('（', from); i >= 0 && i < to; i = text.indexOf('（', i + 1)) {
    let depth = 0;
    let j = i;
    for (; j < to; j++) {
      if (text[j] === '（') depth++;
      else if (text[j] === '）' && --depth === 0) break;
    }
    if (j >= to) break;
    const inner = text.slice(i + 1, j).replace(/\n/g, '');
    if (roleWord.test(inner) && unitName.test(inner) && inner.length < 400) found = { from: i, to: j + 1, inner: text.slice(i + 1, j) };
    i = j;
  }
  return found;
}

export const deadlineRe =
  /(?:到|至|于)?\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*(?:底|末|年底)?\s*(?:前|以前|之前|起)?|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:前|以前|之前)|\d{1,2}\s*月底前|全程|长期坚持|持续推进|在启动实施前/;

const flat = (s: string) => s.replace(/\n/g, '');

export function readTaskText(text: string, node: OutlineNode, wrap: Wrap, firstLeads: boolean): TaskText {
  const from = node.textAt;
  const to = node.end;
  const clauseAt = unitClause(text, from, to);
  const stop = Math.min(
    ...[text.indexOf('。', from), clauseAt?.from ?? -1, paragraphEnd(text, from, to, wrap)].filter((i) => i >= 0 && i < to),
    to,
  );
  const title = flat(text.slice(from, stop)).trim().replace(/[。；，：、\s]+$/, '');
  const bodyText = flat(text.slice(stop, clauseAt?.from ?? to)) + (clauseAt ? flat(text.slice(clauseAt.to, to)) : '');
  const body = bodyText.replace(/^[。；，：\s]+/, '').trim();
  const own = flat(text.slice(from, clauseAt?.from ?? to));
  const d = deadlineRe.exec(own);
  let deadline: TaskText['deadline'] = null;
  if (d) {
    // Find the match's place in the clean text (line breaks were taken out to read it).
    const at = indexIgnoringBreaks(text, from, d.index);
    deadline = { text: d[0].trim(), from: at, to: indexIgnoringBreaks(text, from, d.index + d[0].length) };
  }
  return {
    code: node.code,
    title,
    body,
    titleFrom: from,
    titleTo: stop,
    clause: clauseAt
      ? { text: flat(text.slice(clauseAt.from, clauseAt.to)), from: clauseAt.from, to: clauseAt.to, reading: readUnitClause(flat(clauseAt.inner), firstLeads) }
      : null,
    deadline,
  };
}

/** The clean-text position of the n-th character of text[from…] counted without line breaks. */
export function indexIgnoringBreaks(text: string, from: number, n: number): number {
  let i = from;
  for (let k = 0; k < n && i < text.length; i++) if (text[i] !== '\n') k++;
  while (text[i] === '\n') i++;
  return i;
}
