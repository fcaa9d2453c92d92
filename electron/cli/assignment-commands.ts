// `assign`, `overdue` and `notices`: 交办 and 督办 from a terminal, through the same dispatch as the
// screens. A list file may name its recipients by name (lead / cooperating), as a clerk writes it,
// or by id as the contract does; names are looked up among the plan's groups, then the units.
import { readFileSync } from 'node:fs';
import type { AppCore } from '../core/app-core';
import { findOwner } from '../core/assignments/contacts';
import { dispatch, dispatchAsync } from '../core/dispatch';
import type { IssuedDto, OverdueDto } from '../shared/assignments';
import type { SavedFilesDto } from '../shared/contract/exports';
import { followUpLabels } from '../shared/followup';
import { cliFiles } from './file-commands';
import { fail } from './ledger-commands';
import { resolveUserPath } from './user-path';

type Io = { out: (s: string) => void; err: (s: string) => void };
type NamedItem = { lead?: unknown; cooperating?: unknown; recipients?: unknown; [k: string]: unknown };

/** A recipient named in the file: a group of the plan, else a unit by its name or an alias. */
function recipient(core: AppCore, planId: string | null, name: unknown, role: 'lead' | 'cooperating', at: string) {
  if (typeof name !== 'string' || !name.trim()) throw new Error(`${at}的${role === 'lead' ? '牵头单位' : '配合单位'}应写名称`);
  const owner = findOwner(core.db, planId, name.trim());
  if (!owner) throw new Error(`${at}的“${name}”既不是本方案的工作组，也不在单位名录中`);
  return { ...owner, role };
}

function readListFile(core: AppCore, path: string, planId: string | null): unknown {
  const list = JSON.parse(readFileSync(path, 'utf8')) as { items?: NamedItem[]; [k: string]: unknown };
  if (planId) list.planId = planId;
  list.items = (list.items ?? []).map((item, i) => {
    if (item.recipients !== undefined) return item;
    const at = `第 ${i + 1} 项`;
    const { lead, cooperating, ...rest } = item;
    const coop = cooperating === undefined ? [] : Array.isArray(cooperating) ? cooperating : [cooperating];
    return { ...rest, recipients: [recipient(core, list.planId as string | null, lead, 'lead', at), ...coop.map((c) => recipient(core, list.planId as string | null, c, 'cooperating', at))] };
  });
  return list;
}

export function assignCommand(core: AppCore, options: Map<string, string>, io: Io): number {
  const file = options.get('file');
  if (!file) return fail(io, '请用 --file 指定交办清单文件（JSON）。');
  let list: unknown;
  try {
    list = readListFile(core, resolveUserPath(file), options.get('plan') ?? null);
  } catch (e) {
    const message = (e as Error).message;
    return fail(io, e instanceof SyntaxError ? `清单文件不是有效的 JSON：${message}` : /ENOENT/.test(message) ? `找不到清单文件：${file}` : message);
  }
  const result = dispatch(core.handlers, 'assignments:issue', { list });
  if (!result.ok) return fail(io, result.error.message);
  const issued = result.value as IssuedDto;
  const number = (core.db.prepare('SELECT year, seq FROM assignment_lists WHERE id = ?').get(issued.listId) as { year: number; seq: number });
  io.out(`${JSON.stringify({ listId: issued.listId, number: `〔${number.year}〕${number.seq}号`, planId: issued.planId, taskIds: issued.taskIds })}\n`);
  return 0;
}

/** The fields `overdue --json` prints for each task. */
const overdueLine = (o: OverdueDto) => ({
  taskId: o.taskId, planId: o.planId, code: o.code, title: o.title, deadlineText: o.deadlineText, due: o.due, daysLate: o.daysLate, level: o.level,
  leadUnits: o.leads.map((l) => ({ kind: l.kind, name: l.name, contacts: l.contacts })), latestProgress: o.latestProgress, assignment: o.assignment?.number ?? null,
  notices: o.notices.count,
});

export function overdueCommand(core: AppCore, options: Map<string, string>, json: boolean, io: Io): number {
  if (!options.get('as-of')) return fail(io, '请用 --as-of 指定查看日期（YYYY-MM-DD）。');
  const result = dispatch(core.handlers, 'followups:list', { planId: options.get('plan'), asOf: options.get('as-of') });
  if (!result.ok) return fail(io, result.error.message);
  const rows = result.value as OverdueDto[];
  if (json) io.out(`${JSON.stringify(rows.map(overdueLine), null, 2)}\n`);
  else for (const o of rows) io.out(`${followUpLabels[o.level]}\t逾期 ${o.daysLate} 天\t${o.due}\t${o.leads.map((l) => l.name).join('、')}\t${o.title}\n`);
  return 0;
}

export async function noticesCommand(core: AppCore, options: Map<string, string>, io: Io): Promise<number> {
  for (const [name, what] of [['as-of', '查看日期'], ['tasks', '逾期任务编号（逗号分隔）'], ['reply-by', '反馈期限'], ['out', '保存督办通知的文件夹']] as const) {
    if (!options.get(name)) return fail(io, `请用 --${name} 指定${what}。`);
  }
  const ids = options.get('tasks')!.split(/[,，]/).map((s) => s.trim());
  if (!ids.every((s) => /^[1-9]\d*$/.test(s))) return fail(io, '任务编号应为正整数，多项用逗号分隔（可用 overdue 命令查看编号）。');
  const first = options.get('first-number');
  const input = {
    asOf: options.get('as-of'), taskIds: ids.map(Number), replyBy: options.get('reply-by'), issuedOn: options.get('issued-on') ?? options.get('as-of'),
    docPrefix: options.get('doc-prefix'), firstNumber: first === undefined ? undefined : Number(first),
  };
  const result = await dispatchAsync(core.handlers, 'followups:notices', input, cliFiles(io, { out: resolveUserPath(options.get('out')!) }));
  if (!result.ok) return fail(io, result.error.message);
  const saved = result.value as SavedFilesDto;
  io.out(`已生成 ${saved.files.length} 份督办通知：${saved.folder}\n${saved.files.map((f) => `  ${f}\n`).join('')}`);
  return 0;
}
