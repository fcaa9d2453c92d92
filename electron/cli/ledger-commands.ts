// `tasks` and `progress add`: the ledger from a terminal. Both go through dispatch, so the rows,
// lights and refusals are the ones the screen and the exports show.
import type { AppCore } from '../core/app-core';
import { dispatch } from '../core/dispatch';
import type { TaskStatus } from '../shared/dto';
import { lightLabels, statusLabels, type LedgerResult, type LedgerRow, type ProgressDto } from '../shared/ledger';

type Io = { out: (s: string) => void; err: (s: string) => void };

/**
 * --name value (or --name=value) pairs after the command, and the plain words among them.
 * problem: a Chinese message for an option this command does not take, or one without a value.
 */
/** `--name value` or `--name=value`; names in `flags` take no value (`--history`). */
export function readOptions(rest: string[], allowed: readonly string[], flags: readonly string[] = []): { options: Map<string, string>; words: string[]; problem: string | null } {
  const options = new Map<string, string>();
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (!a.startsWith('--')) {
      words.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!allowed.includes(name)) return { options, words, problem: `无法识别的参数：${a}（可用：${allowed.map((n) => `--${n}`).join('、')}）` };
    if (flags.includes(name)) options.set(name, '');
    else if (eq > 0) options.set(name, a.slice(eq + 1));
    else if (i + 1 < rest.length) options.set(name, rest[++i]!);
    else return { options, words, problem: `参数 ${a} 后面缺少取值。` };
  }
  return { options, words, problem: null };
}

/** The fields `tasks --json` prints for each row, named as the README shows them. */
export function taskLine(r: LedgerRow) {
  return {
    id: r.id,
    planId: r.planId,
    depth: r.depth,
    isHeading: r.isHeading,
    code: r.code,
    title: r.title,
    deadlineText: r.deadline.text,
    due: r.due,
    status: r.status,
    light: r.light,
    leadUnits: r.leadUnits.map((u) => u.name),
    cooperatingUnits: r.cooperatingUnits.map((u) => u.name),
    groups: r.groups.map((g) => g.name),
    latestProgress: r.latestProgress && { date: r.latestProgress.enteredOn, text: r.latestProgress.body },
  };
}

export function tasksCommand(core: AppCore, options: Map<string, string>, json: boolean, io: Io): number {
  const input = { planId: options.get('plan'), asOf: options.get('as-of') };
  const result = dispatch(core.handlers, 'ledger:list', input);
  if (!result.ok) return fail(io, result.error.message);
  const { rows } = result.value as LedgerResult;
  if (json) io.out(`${JSON.stringify(rows.map(taskLine), null, 2)}\n`);
  else for (const r of rows) io.out(`${r.code}\t${r.light ? lightLabels[r.light] : ''}\t${r.due ?? ''}\t${'  '.repeat(r.depth)}${r.title}\n`);
  return 0;
}

const statuses = Object.keys(statusLabels) as TaskStatus[];

export function progressAddCommand(core: AppCore, options: Map<string, string>, io: Io): number {
  for (const name of ['task', 'date', 'text']) {
    if (!options.get(name)) return fail(io, `请用 --${name} 指定${{ task: '任务编号', date: '进展日期（YYYY-MM-DD）', text: '进展内容' }[name]}。`);
  }
  const taskIds = options.get('task')!.split(/[,，]/).map((s) => s.trim());
  if (!taskIds.every((s) => /^[1-9]\d*$/.test(s))) return fail(io, '任务编号应为正整数，多项用逗号分隔（可用 tasks 命令查看编号）。');
  const status = options.get('status');
  if (status !== undefined && !statuses.includes(status as TaskStatus)) {
    return fail(io, `状态应为 ${statuses.map((s) => `${s}（${statusLabels[s]}）`).join('、')} 之一。`);
  }
  const input = { taskIds: taskIds.map(Number), enteredOn: options.get('date'), body: options.get('text'), status };
  const added = dispatch(core.handlers, 'progress:add', input);
  if (!added.ok) return fail(io, added.error.message);
  const notes = added.value as ProgressDto[];
  // Read back through the ledger, so the status and light shown are the ones the screen shows today.
  const ledger = dispatch(core.handlers, 'ledger:list', {});
  const rows = new Map(ledger.ok ? (ledger.value as LedgerResult).rows.map((r) => [r.id, r]) : []);
  io.out(`已记录 ${notes.length} 条进展（${input.enteredOn}${status ? `，状态：${statusLabels[status as TaskStatus]}` : ''}）：\n`);
  for (const n of notes) {
    const r = rows.get(n.taskId);
    if (!r) continue;
    // done and paused are both a status and a light; a colour is shown with its reason.
    const colour = r.light && r.light !== 'done' && r.light !== 'paused' ? `，${lightLabels[r.light]}（${r.lightReason}）` : '';
    io.out(`  [${n.taskId}] ${[r.code, r.title].filter(Boolean).join(' ')}  现状：${statusLabels[r.status]}${colour}\n`);
  }
  return 0;
}

export function fail(io: Io, message: string): number {
  io.err(`错误：${message}\n`);
  return 1;
}
