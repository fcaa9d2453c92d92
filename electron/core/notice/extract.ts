// A notice's text → a draft plan: header, the tree of parts and tasks with their units and
// deadlines, the annexes (a division table merged into the tasks it divides, a timeline, an
// indicator table), units matched to the registry, and doubts for the clerk. Pure: the registry
// comes in as a lookup, so the CLI, the review screen and the tests read a text the same way.
import { flattenDraft, type DraftTask, type DraftUnit, type DraftUnitRole, type NoticeDraft, type Span } from '../../shared/notice';
import { cellsOf, groupNamesIn, readDivision, readIndicators, readTimeline, splitAnnexes, type Cell } from './annex';
import { cleanText, sourceSpan, type CleanText } from './clean-text';
import { readHeader, type Found } from './header';
import { readOutline, type OutlineNode } from './outline';
import { proseUnits } from './prose-units';
import { indexIgnoringBreaks, readTaskText, wrapOf, type Wrap } from './task-text';
import { firstLeadsNote, readUnitClause } from './unit-clause';

/** `approximate`: matched despite a slip in the notice's spelling, so the clerk should look. */
export type RegistryUnit = { id: number; name: string; approximate?: boolean };
export type Registry = {
  /** A unit of the scope by its name or an alias. */
  find(name: string): RegistryUnit | null;
  /** The scope's hospitals, for "各公立医院". */
  hospitals(): RegistryUnit[];
};
const noRegistry: Registry = { find: () => null, hospitals: () => [] };

/** Parts that set out aims and principles rather than work to do. */
const notWork = /^(?:总体要求|指导思想|基本原则|总体目标|主要目标|工作目标|改革目标|目标任务|总体思路|改革范围|实施范围|适用范围|编制依据|工作原则)/;

type Ctx = { text: string; wrap: Wrap; firstLeads: boolean; keys: number };

type Raw = Omit<DraftTask, 'span' | 'titleSpan' | 'units' | 'children'> & {
  span: [number, number];
  titleSpan: [number, number];
  units: (Omit<DraftUnit, 'unitId' | 'unitName' | 'span'> & { span: [number, number] | null; hospitals?: true })[];
  children: Raw[];
};

function taskOf(node: OutlineNode, ctx: Ctx, include: boolean): Raw {
  const t = readTaskText(ctx.text, node, ctx.wrap, ctx.firstLeads);
  const keep = include && !notWork.test(t.title);
  const units: Raw['units'] = [];
  const others: string[] = [];
  if (t.clause) {
    const inner = t.clause.from + 1;
    for (const u of t.clause.reading.units) {
      units.push({ name: u.name, role: u.role, span: [indexIgnoringBreaks(ctx.text, inner, u.from), indexIgnoringBreaks(ctx.text, inner, u.to)] });
    }
    others.push(...t.clause.reading.collectives);
  }
  const task: Raw = {
    key: `t${ctx.keys++}`, kind: 'task', code: t.code, title: t.title, body: t.body,
    unitsText: t.clause?.text ?? '', units, others, deadlineText: t.deadline?.text ?? '',
    span: [node.at, node.end], titleSpan: [t.titleFrom, t.titleTo], doubts: [], include: keep, children: [],
  };
  task.children = node.children.map((c) => taskOf(c, ctx, keep));
  if (node.children.length) task.span = [node.at, lastEnd(node)];
  return task;
}

const lastEnd = (node: OutlineNode): number => (node.children.length ? lastEnd(node.children[node.children.length - 1]!) : node.end);

/** Units from the running text, for a notice that has no unit clause anywhere. */
function addProseUnits(tasks: Raw[], text: string) {
  for (const task of tasks) {
    if (!task.children.length && task.include) {
      const [from, to] = task.span;
      const own = text.slice(from, to).replace(/\n/g, '');
      for (const u of proseUnits(own)) {
        if (task.units.some((x) => x.name === u.name)) continue;
        task.units.push({
          name: u.name, role: u.responsible ? 'responsible' : 'lead', hospitals: u.hospitals,
          span: [indexIgnoringBreaks(text, from, u.from), indexIgnoringBreaks(text, from, u.to)],
        });
      }
      if (task.units.length) task.doubts.push('单位是从正文中推断的，请核对');
    }
    addProseUnits(task.children, text);
  }
}

const norm = (s: string) => s.normalize('NFKC').replace(/[\s。.，,、]/g, '');

/** The division table's rows as subtasks of the tasks they divide, found by title, else by code. */
function mergeDivision(tasks: Raw[], cells: Cell[], ctx: Ctx): number {
  const rows = readDivision(cells);
  const all = flatten(tasks);
  const made = new Map<string, Raw>();
  for (const row of rows) {
    const g = row.group ? /^(?:(\d{1,2})\s*[.．、]|(（[一二三四五六七八九十]{1,3}）))\s*([^。]*)/.exec(row.group.text) : null;
    const code = g ? (g[1] ? `${g[1]}.` : g[2]!) : '';
    const title = g ? g[3]!.trim() : '';
    const key = `${code}|${title}`;
    let parent = made.get(key);
    if (!parent && g) {
      parent =
        all.find((t) => t.code === code && norm(t.title) === norm(title)) ??
        all.find((t) => norm(title).length >= 6 && (norm(t.title).startsWith(norm(title)) || norm(title).startsWith(norm(t.title)))) ??
        all.filter((t) => t.code === code).at(0);
      if (!parent) {
        parent = { ...blank(ctx), code, title, span: [row.group!.from, row.group!.to], titleSpan: [row.group!.from, row.group!.to] };
        tasks.push(parent);
      }
      made.set(key, parent);
    }
    const target = parent ?? tasks;
    const siblings = Array.isArray(target) ? target : target.children;
    const units: Raw['units'] = [];
    const others: string[] = [];
    for (const [cell, role] of [[row.lead, 'lead'], [row.cooperating, 'cooperating']] as const) {
      if (!cell) continue;
      const reading = readUnitClause(`${cell.text}${role === 'lead' ? '分别负责' : '参与'}`, false);
      for (const u of reading.units) units.push({ name: u.name, role: role as DraftUnitRole, span: [cell.from + u.from, cell.from + u.to] });
      others.push(...reading.collectives);
    }
    siblings.push({
      ...blank(ctx), code: String(siblings.length + 1), title: row.task.text.replace(/[。；\s]+$/, ''),
      unitsText: [row.lead && `牵头单位：${row.lead.text}`, row.cooperating && `配合单位：${row.cooperating.text}`].filter(Boolean).join('；'),
      units, others, deadlineText: row.deadline?.text ?? '',
      span: [row.task.from, (row.deadline ?? row.cooperating ?? row.lead ?? row.task).to], titleSpan: [row.task.from, row.task.to],
    });
  }
  return rows.length;
}

function blank(ctx: Ctx): Raw {
  return {
    key: `t${ctx.keys++}`, kind: 'task', code: '', title: '', body: '', unitsText: '', units: [], others: [], deadlineText: '',
    span: [0, 0], titleSpan: [0, 0], doubts: [], include: true, children: [],
  };
}

function flatten(tasks: Raw[]): Raw[] {
  return tasks.flatMap((t) => [t, ...flatten(t.children)]);
}

function hasClause(tasks: Raw[]): boolean {
  return tasks.some((t) => t.unitsText !== '' || hasClause(t.children));
}

/** `registry`: the registry to match units in, or how to get one for the scope the notice names. */
export function extractNotice(source: string, registry: Registry | ((scope: string) => Registry) = noRegistry): NoticeDraft {
  const clean = cleanText(source);
  const { text } = clean;
  const header = readHeader(text);
  const units = typeof registry === 'function' ? registry(header.scope) : registry;
  const ctx: Ctx = { text, wrap: wrapOf(text, header.bodyStart, header.annexStart), firstLeads: firstLeadsNote.test(text), keys: 0 };
  const outline = readOutline(text, header.bodyStart, header.annexStart);
  const tasks = outline.map((n) => taskOf(n, ctx, true));
  const annexes = splitAnnexes(text, header.annexStart);
  const timeline: Raw[] = [];
  const indicators: NoticeDraft['indicators'] = [];
  const counted = annexes.map((a) => {
    if (a.kind === 'division') return mergeDivision(tasks, cellsOf(text, a.from, a.to), ctx);
    if (a.kind === 'timeline') {
      const rows = readTimeline(text, a.from, a.to, groupNamesIn(text));
      for (const r of rows) {
        timeline.push({
          ...blank(ctx), kind: 'timeline', code: r.code, title: r.title, deadlineText: r.deadline,
          others: r.groups ? r.groups.split(/[、，]/) : [], span: [r.from, r.to], titleSpan: [r.from, r.to],
        });
      }
      return rows.length;
    }
    if (a.kind === 'indicators') {
      const rows = readIndicators(cellsOf(text, a.from, a.to));
      for (const r of rows) indicators.push({ code: r.code, category: r.category, name: r.name, baseline: r.baseline, targets: r.targets, responsible: r.responsible, span: sourceSpan(clean, r.from, r.to) });
      return rows.length;
    }
    return 0;
  });
  const expectUnits = hasClause(tasks);
  if (!expectUnits && !annexes.some((a) => a.kind === 'division')) addProseUnits(tasks, text);
  const draftTasks = tasks.map((t) => finish(t, clean, units, expectUnits));
  const everyTask = flattenDraft(draftTasks).map((x) => x.task);
  const unknown = new Map<string, number>();
  for (const t of everyTask) for (const u of t.units) if (u.unitId === null) unknown.set(u.name, (unknown.get(u.name) ?? 0) + 1);
  const field = (f: Found) => ({ value: f?.value ?? '', span: f ? sourceSpan(clean, f.from, f.to) : null });
  return {
    title: field(header.title),
    issuer: field(header.issuer),
    docNumber: field(header.docNumber),
    issuedOn: field(header.issuedOn),
    scope: header.scope,
    tasks: draftTasks,
    timeline: timeline.map((t) => finish(t, clean, units, false)),
    indicators,
    annexes: annexes.map((a, i) => ({ kind: a.kind, title: a.title, span: sourceSpan(clean, a.from, a.to), rows: counted[i]! })),
    unknownUnits: [...unknown].map(([name, n]) => ({ name, tasks: n })),
    counts: {
      tasks: everyTask.length,
      withUnits: everyTask.filter((t) => t.units.length).length,
      doubtful: everyTask.filter((t) => t.doubts.length).length,
      characters: source.length,
    },
  };
}

/** Spans into the source, units matched to the registry, and what the clerk should look at again. */
function finish(raw: Raw, clean: CleanText, registry: Registry, expectUnits: boolean): DraftTask {
  const units: DraftUnit[] = [];
  for (const u of raw.units) {
    const span: Span | null = u.span ? sourceSpan(clean, u.span[0], u.span[1]) : null;
    if (u.hospitals) {
      const hs = registry.hospitals();
      if (!hs.length) raw.others.push(u.name);
      for (const h of hs) if (!units.some((x) => x.unitId === h.id)) units.push({ name: h.name, role: 'lead', span, unitId: h.id, unitName: h.name });
      continue;
    }
    const found = registry.find(u.name);
    if (found && units.some((x) => x.unitId === found.id)) continue;
    units.push({ name: u.name, role: u.role, span, unitId: found?.id ?? null, unitName: found?.name ?? null });
  }
  const doubts = [...raw.doubts];
  const unknown = units.filter((u) => u.unitId === null).map((u) => u.name);
  const near = units.filter((u) => u.unitId !== null && u.unitName !== u.name && registry.find(u.name)?.approximate);
  if (near.length) doubts.push(`按相近的名称对应：${near.map((u) => `${u.name} → ${u.unitName}`).join('，')}`);
  if (unknown.length) doubts.push(`单位库中没有：${unknown.join('、')}`);
  if (expectUnits && raw.include && !raw.children.length && !units.length && raw.kind === 'task') doubts.push('没有找到责任单位');
  if (raw.title.length > 80) doubts.push('标题较长，可能把正文读进了标题');
  return {
    ...raw,
    units,
    span: sourceSpan(clean, raw.span[0], raw.span[1]),
    titleSpan: sourceSpan(clean, raw.titleSpan[0], raw.titleSpan[1]),
    doubts,
    children: raw.children.map((c) => finish(c, clean, registry, expectUnits)),
  };
}
