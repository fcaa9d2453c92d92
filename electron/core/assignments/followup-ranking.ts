// 督办情况通报: each lead unit (or lead group) ranked by its overdue tasks and its on-time
// completion over a date range, from the ledger as of the range's end. A task counts for the
// range when its deadline falls in it; on time means completed on or before the deadline day.
import type { Db } from '../db/open';
import { listLedger } from '../ledger/ledger-query';
import { assignedLeads, leadsOf } from './overdue';

export type RankingRow = {
  rank: number; name: string; kind: 'unit' | 'group';
  due: number; onTime: number; lateDone: number; overdue: number; urge: number; notify: number; onTimeRate: number | null;
};

export function followUpRanking(db: Db, input: { planId?: string; from: string; to: string }): RankingRow[] {
  const { rows } = listLedger(db, { planId: input.planId, asOf: input.to });
  const assigned = assignedLeads(db);
  const tally = new Map<string, Omit<RankingRow, 'rank' | 'onTimeRate'>>();
  for (const r of rows) {
    if (r.isHeading || r.kind === 'duty' || !r.due || r.due < input.from || r.due > input.to || r.status === 'paused') continue;
    for (const l of leadsOf(r, assigned.get(r.id))) {
      const key = `${l.kind}:${l.id}`;
      const t = tally.get(key) ?? { name: l.name, kind: l.kind, due: 0, onTime: 0, lateDone: 0, overdue: 0, urge: 0, notify: 0 };
      t.due++;
      if (r.status === 'done') {
        if (r.completedOn && r.completedOn <= r.due) t.onTime++;
        else t.lateDone++;
      } else if (r.daysLate !== null) {
        t.overdue++;
        if (r.followUp === 'urge') t.urge++;
        if (r.followUp === 'notify') t.notify++;
      }
      tally.set(key, t);
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
