// The annexes of a notice (附件1, 附件2 …), each recognised by its title and header: a division
// table (重点任务 / 任务分工 / 牵头单位 / 配合单位 / 完成时限), a timeline (序号 / 完成时限 /
// 主要任务 / 责任组), an indicator table, or the working groups' duties. Tables arrive as one
// cell per line (a copied Word table keeps a tab before each cell); empty cells are simply
// missing, so a row is read by what each cell looks like, not by counting.
import type { AnnexKind } from '../../shared/notice';
import { deadlineRe } from './task-text';

export type Annex = { kind: AnnexKind; title: string; from: number; to: number };
export type Cell = { text: string; from: number; to: number };
export type DivisionRow = { group: Cell | null; task: Cell; lead: Cell | null; cooperating: Cell | null; deadline: Cell | null };
export type TimelineRow = { code: string; deadline: string; title: string; groups: string; from: number; to: number };
export type IndicatorRow = { code: string; category: string; name: string; baseline: string; targets: string[]; responsible: string; from: number; to: number };

export function splitAnnexes(text: string, from: number): Annex[] {
  const starts: number[] = [];
  const re = /(?<![见（和及、与])附\s*件\s*\d+\s*(?=\n|[\u4e00-\u9fff])/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts.map((start, i) => {
    const to = starts[i + 1] ?? text.length;
    const head = text.slice(start, Math.min(to, start + 300));
    const title = head.replace(/^\s*附\s*件\s*\d+\s*/, '').split(/\t|\n(?=序号|工作组|重点任务|为贯彻)/)[0]!.replace(/\n/g, '').trim().slice(0, 80);
    return { kind: kindOf(title, text.slice(start, to)), title, from: start, to };
  });
}

function kindOf(title: string, body: string): AnnexKind {
  if (/指标/.test(title)) return 'indicators';
  if (/时序|进度安排|时间安排|时间表|进度表/.test(title)) return 'timeline';
  if (/牵头部门[：:]/.test(body) || /工作组/.test(title)) return 'groups';
  if (/分工|任务/.test(title) || /牵头单位|责任单位/.test(body.slice(0, 400))) return 'division';
  return 'other';
}

export function cellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  const re = /\t([^\n\t]*)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const value = m[1]!.trim();
    if (value) cells.push({ text: value, from: m.index + 1, to: m.index + 1 + m[1]!.length });
  }
  return cells;
}

const groupCell = /^(?:\d{1,2}\s*[.．、]|（[一二三四五六七八九十]{1,3}）)\s*\S/;
const deadlineAll = new RegExp(deadlineRe.source, 'g');
const isDeadlineCell = (t: string) => deadlineAll.test(t) && t.replace(deadlineAll, '').trim() === '';
const headerCell = /^(?:重点任务|任务分工|牵头单位|配合单位|责任单位|完成时限|进展情况|工作进展|保障措施|序号|主要任务|责任组)$/;
/** A unit cell: short, no sentence punctuation, ending like an organisation's name. */
const unitCell = /^[^，。；：]{2,40}$/;

export function readDivision(cells: Cell[]): DivisionRow[] {
  const rows: DivisionRow[] = [];
  let group: Cell | null = null;
  let row: DivisionRow | null = null;
  let units: Cell[] = [];
  const close = () => {
    if (!row) return;
    row.lead = units[0] ?? null;
    row.cooperating = units[1] ?? null;
    rows.push(row);
    row = null;
    units = [];
  };
  for (const cell of cells) {
    if (headerCell.test(cell.text)) continue;
    if (groupCell.test(cell.text) && cell.text.length < 80) {
      close();
      group = cell;
    } else if (row && isDeadlineCell(cell.text.replace(/\s/g, ''))) {
      row.deadline = cell;
      close();
    } else if (row && units.length < 2 && unitCell.test(cell.text)) {
      units.push(cell);
    } else {
      close();
      row = { group, task: cell, lead: null, cooperating: null, deadline: null };
    }
  }
  close();
  return rows;
}

/** 序号 完成时限 主要任务 责任组, as a PDF flattens it: a row starts at the next number. */
export function readTimeline(text: string, from: number, to: number, groupNames: string[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const re = /(?:^|\n)\s*(\d{1,3})(?=\s|\n|$)/g;
  re.lastIndex = from;
  const starts: { n: number; at: number; textAt: number }[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const n = Number(m[1]);
    if (n === (starts[starts.length - 1]?.n ?? 0) + 1 || (starts.length && n > starts[starts.length - 1]!.n && n <= starts[starts.length - 1]!.n + 3 && /全程|月/.test(text.slice(m.index, m.index + 20)))) {
      starts.push({ n, at: m.index + (m[0].startsWith('\n') ? 1 : 0), textAt: m.index + m[0].length });
    }
  }
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.at ?? to;
    const row0 = text.slice(s.textAt, end).replace(/\n/g, ' ').replace(/\s+/g, ' ').trim();
    const d = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[-—至]\s*\d{1,2}\s*(?:月\s*)?\d{1,2}\s*日)?\s*(?:前|以前)?|\d{1,2}\s*月\s*(?:底|中旬|上旬|下旬)?(?:前)?|全程|长期)/.exec(row0);
    const deadline = d ? d[0].replace(/\s+/g, '') : '';
    const row = row0.slice(d ? d[0].length : 0).trim();
    // The 责任组 column: the known group names at the row's end (a PDF may split one across lines).
    const joined = row.replace(/(?<=[\u4e00-\u9fff、，])\s+(?=[\u4e00-\u9fff、，])/g, '');
    let rest = joined;
    const found: string[] = [];
    for (let again = true; again; ) {
      again = false;
      rest = rest.replace(/[、，\s]+$/, '');
      const name = groupNames.filter((n) => rest.endsWith(n)).sort((a, b) => b.length - a.length)[0] ?? (found.length ? undefined : / ([\u4e00-\u9fff]{2,12}组)$/.exec(rest)?.[1]);
      if (name) {
        found.unshift(name);
        rest = rest.slice(0, rest.length - name.length);
        again = true;
      }
    }
    const groups = found.join('、');
    const title = rest.trim().replace(/。$/, '');
    rows.push({ code: String(s.n), deadline, title, groups, from: s.at, to: end });
  });
  return rows;
}

/** 序号 一级指标 二级指标 基线 目标… 责任单位; the 一级指标 cell appears only on a category's first row. */
export function readIndicators(cells: Cell[]): IndicatorRow[] {
  const body = cells.filter((c) => !/^(?:序号|一级指标|二级指标|责任单位|\d{4}年(?:现值|目标|基线值?))$/.test(c.text));
  const starts: number[] = [];
  body.forEach((c, i) => {
    if (/^\d{1,3}$/.test(c.text) && (starts.length === 0 || i - starts[starts.length - 1]! >= 5)) starts.push(i);
  });
  let category = '';
  return starts.map((s, k) => {
    const row = body.slice(s, starts[k + 1] ?? body.length);
    const rest = row.slice(1);
    if (rest.length >= 6) category = rest.shift()!.text;
    const [name, baseline, ...tail] = rest;
    const responsible = tail.length >= 2 ? tail.pop()!.text : '';
    return {
      code: row[0]!.text, category, name: name?.text ?? '', baseline: baseline?.text ?? '', targets: tail.map((t) => t.text), responsible,
      from: row[0]!.from, to: row[row.length - 1]!.to,
    };
  });
}

/** Working-group names as a notice lists them: "（一）综合协调组", "一、综合协调组". */
export function groupNamesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/(?:^|\n)\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)\s*([\u4e00-\u9fff]{2,20}组)\s*(?=\n)/g)].map((m) => m[1]!))];
}
