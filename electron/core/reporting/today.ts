// Today's reporting on the dashboard: per plan with a regime, the period the day falls in, what
// is expected, received and missing, with the 催报 text; open incidents; indicators off target.
import { todayIso } from '../../shared/dates';
import type { ReportingTodayDto } from '../../shared/reporting';
import type { Db } from '../db/open';
import { computeIndicators } from '../indicators/compute';
import { listIncidents } from '../incidents/incidents';
import { momentOf } from './matrix';
import { remindersFor } from './reminders';
import { loadRegime } from './regime-load';
import { periodIn, statusOf } from './status';

export function reportingToday(db: Db, input: { asOf?: string }): ReportingTodayDto {
  const asOf = input.asOf ?? todayIso();
  const moment = momentOf(input.asOf);
  const plans = db.prepare('SELECT id, title FROM plans WHERE issued_on IS NULL OR issued_on <= ? ORDER BY issued_on, id').all(asOf) as { id: string; title: string }[];
  const out: ReportingTodayDto = { asOf, moment, plans: [], openIncidents: listIncidents(db, { open: true }), offTarget: [] };
  for (const plan of plans) {
    const regime = loadRegime(db, plan.id);
    let from = asOf;
    let to = asOf;
    if (regime) {
      let period = null;
      try {
        period = periodIn(regime, asOf);
      } catch {
        // the day lies outside every phase: nothing is expected today
      }
      if (period) {
        from = period.start;
        to = period.end;
        const status = statusOf(db, regime, period, moment);
        const reminders = remindersFor(db, regime, period, status);
        out.plans.push({
          planId: plan.id, planTitle: plan.title, period, tally: status,
          missing: reminders.items.map((i) => ({ reporterId: i.reporterId, name: i.name })), reminderText: reminders.allText,
        });
      } else out.plans.push({ planId: plan.id, planTitle: plan.title, period: null, tally: null, missing: [], reminderText: '' });
    }
    for (const row of computeIndicators(db, { planId: plan.id, from, to }).rows) {
      const target = row.target?.text ?? '';
      if (row.district.judgement === 'notMet' && row.district.value !== null) {
        out.offTarget.push({ planId: plan.id, indicatorId: row.indicatorId, name: row.name, where: '全区', value: row.district.value, target });
      }
      for (const u of row.byUnit) {
        if (u.judgement === 'notMet' && u.value !== null) out.offTarget.push({ planId: plan.id, indicatorId: row.indicatorId, name: row.name, where: u.name, value: u.value, target });
      }
    }
  }
  return out;
}
