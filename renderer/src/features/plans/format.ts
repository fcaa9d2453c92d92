// Display helpers: the text as written first, the resolved value beside it.
import type { Deadline, Frequency, TaskCounts, TaskDto } from '../../../../electron/shared/dto';

export function deadlineLabel(d: Deadline): string {
  if (d.kind === 'none') return d.text || '—';
  if (d.kind === 'ongoing') return d.text || '全程';
  const resolved = [d.dueOn, d.dueTime].filter(Boolean).join(' ');
  if (!d.text) return resolved;
  return resolved ? `${d.text}（${resolved}）` : d.text;
}

/** One set of status words for the screens, the CLI and the exports. */
export { statusLabels } from '../../../../electron/shared/ledger';

export const frequencyLabels: Record<Frequency, string> = { daily: '日报', weekly: '周报', monthly: '月报' };

export const unitNames = (task: TaskDto, role: 'lead' | 'cooperating' | 'responsible'): string[] =>
  task.units.filter((u) => u.role === role).map((u) => u.writtenName);

export type TaskNode = TaskDto & { children?: TaskNode[] };

/** Builds the tree from the ordered flat list; leaves have no `children` key so tables show no expander. */
export function buildTaskTree(tasks: TaskDto[]): TaskNode[] {
  const nodes = new Map<number, TaskNode>(tasks.map((t) => [t.id, { ...t }]));
  const roots: TaskNode[] = [];
  for (const t of tasks) {
    const node = nodes.get(t.id)!;
    const parent = t.parentId === null ? undefined : nodes.get(t.parentId);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The plan's counts in words, the same on the list, the header and the tabs. */
export function countsText(c: TaskCounts): string {
  const parts = [`任务 ${c.tasks} 项`];
  if (c.headings) parts.push(`标题 ${c.headings} 个`);
  if (c.timeline) parts.push(`时序安排 ${c.timeline} 项`);
  if (c.duties) parts.push(`工作组职责 ${c.duties} 项`);
  return parts.join(' · ');
}
