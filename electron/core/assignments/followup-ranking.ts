// 督办情况通报: each lead unit (or lead group) ranked by its overdue tasks and its on-time
// completion over a date range, from the ledger as of the range's end. A task counts for the
// range when its deadline falls in it; on time means completed on or before the deadline day.
import type { Db } from '../db/open';
import { listLedger } from '../ledger/ledger-query';

export type RankingRow = {
  rank: number; name: string; kind: 'unit' | 'group';
  due: number; onTime: number; lateDone: number; overdue: number; urge: number; notify: number; onTimeRate: number | null;
};

export function followUpRanking(db: Db, input: { planId?: string; from: string; to: string }): RankingRow[] {
  const { rows } = listLedger(db, { planId: input.planId, asOf: input.to });
  const assignedLead = new Map(
    (db.prepare(
      `SELECT i.task_id, r.unit_id, r.group_id, COALESCE(u.name, g.name) AS name FROM assignment_items i
       JOIN assignment_item_recipients ir ON ir.item_id = i.id AND ir.role = 'lead' JOIN assignment_recipients r ON r.id = ir.recipient_id
       LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN working_groups g ON g.id = r.group_id WHERE i.task_id IS NOT NULL`,
    ).all() as { task_id: number; unit_id: number | null; group_id: number | null; name: string }[]).map((a) => [a.task_id, a]),
  );
  const tally = new Map<string, Omit<RankingRow, 'rank' | 'onTimeRate'>>();
  for (const r of rows) {
    if (r.isHeading || r.kind === 'duty' || !r.due || r.due < input.from || r.due > input.to || r.status === 'paused') continue;
    const a = assignedLead.get(r.id);
    const leads = a
      ? [{ key: a.unit_id !== null ? `unit:${a.unit_id}` : `group:${a.group_id}`, name: a.name, kind: a.unit_id !== null ? ('unit' as const) : ('group' as const) }]
      : r.leadUnits.length
        ? r.leadUnits.map((u) => ({ key: `unit:${u.id}`, name: u.name, kind: 'unit' as const }))
        : r.groups.map((g) => ({ key: `group:${g.id}`, name: g.name, kind: 'group' as const }));
    for (const l of leads) {
      const t = tally.get(l.key) ?? { name: l.name, kind: l.kind, due: 0, onTime: 0, lateDone: 0, overdue: 0, urge: 0, notify: 0 };
      t.due++;
      if (r.status === 'done') {
        if (r.completedOn && r.completedOn <= r.due) t.onTime++;
        else t.lateDone++;
      } else if (r.daysLate !== null) {
        t.overdue++;
        if (r.followUp === 'urge') t.urge++;
        if (r.followUp === 'notify') t.notify++;
      }
      tally.set(l.key, t);
    }
  }
  const ranked = [...tally.values()]
    .map((t) => ({ ...t, onTimeRate: t.due ? t.onTime / t.due : null }))
    .sort((a, b) => a.overdue - b.overdue || (b.onTimeRate ?? 0) - (a.onTimeRate ?? 0) || a.name.localeCompare(b.name, 'zh-CN'));
  // Equal figures share a rank (1, 2, 2, 4).
  return ranked.map((t, i, all) => {
    let first = i;
    while (first > 0 && all[first - 1]!.overdue === t.overdue && all[first - 1]!.onTimeRate === t.onTimeRate) first--;
    return { ...t, rank: first + 1 };
  });
}
