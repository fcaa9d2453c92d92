// Every export: gathers the report's data through the same engines the screens use (ledger,
// groups, indicators, the weekly summary, the matrix), lays it out from its sheet declaration,
// and answers the file's suggested name and bytes. Writing the file is the caller's: the desktop
// shell asks where with a save dialog, the CLI takes --out.
import { chineseDay, todayIso } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { LedgerFilters } from '../../shared/ledger';
import type { Db } from '../db/open';
import { listGroups } from '../groups/group-queries';
import { computeIndicators } from '../indicators/compute';
import { listIndicators } from '../indicators/indicator-queries';
import { listLedger } from '../ledger/ledger-query';
import { getPlanSummary } from '../plans/plan-queries';
import { buildMatrix } from '../reporting/matrix';
import { requireRegime } from '../reporting/regime-load';
import { periodIn } from '../reporting/status';
import { getSettings } from '../settings/settings';
import { compileSummary } from '../summary/compile';
import { planContactOwners } from '../assignments/contacts';
import { followUpRanking } from '../assignments/followup-ranking';
import {
  contactRows, contactsSpec, followUpRankingRows, followUpRankingSpec, groupRows, groupsSpec, rosterRows, rosterSpec,
} from './reports/group-reports';
import { ledgerRows, ledgerSpec } from './reports/ledger-report';
import { indicatorRows, indicatorSpec, timelineRows, timelineSpec } from './reports/plan-reports';
import {
  completenessRows, completenessSpec, incidentRows, incidentSpec, narrativeRows, narrativeSpec, overdueRows, overdueSpec,
  rankingRows, rankingSpec, summaryIndicatorRows, summaryIndicatorSpec,
} from './reports/reporting-reports';
import type { SheetContent } from './sheet-spec';
import { summaryDocx } from './summary-docx';
import { addSheet, newWorkbook, workbookBytes } from './workbook';

export const reportKinds = ['ledger', 'groups', 'roster', 'timeline', 'indicators', 'summary', 'ranking', 'followups'] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportLabels: Record<ReportKind, string> = {
  ledger: '任务分工台账', groups: '工作组责任分工表', roster: '工作组组建方案', timeline: '重点工作时序安排表',
  indicators: '指标监测表', summary: '信息报送汇总表', ranking: '报送情况通报', followups: '督办情况通报',
};

export type ExportInput = {
  planId: string;
  report: ReportKind;
  asOf?: string;
  period?: string;
  from?: string;
  to?: string;
  filters?: LedgerFilters;
  /** ledger: every progress note, not only the latest */
  history?: boolean;
  /** summary only: 'docx' gives the narrative report as an official Word document */
  format?: 'xlsx' | 'docx';
};
export type ExportFile = { fileName: string; data: Buffer };

/** The plan's district or city as titles write it: 巴南区, 渝北区, 重庆市. */
const placeOf = (title: string, scope: string) => (title.startsWith(scope) ? scope : (title.match(/^(.+?[区县市])/)?.[1] ?? scope));
/** A file name Windows accepts: no \\ / : * ? " < > | and no spaces. */
export const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

export async function buildExport(db: Db, input: ExportInput): Promise<ExportFile> {
  if (input.format === 'docx' && input.report !== 'summary') throw new AppError('invalid_input', '只有信息报送汇总可以导出为 Word 文档');
  const plan = getPlanSummary(db, input.planId);
  const asOf = input.asOf ?? todayIso();
  const office = getSettings(db).officeName;
  const place = placeOf(plan.title, plan.scope);
  const wb = newWorkbook();
  const content = (title: string, rows: SheetContent['rows'], note?: string): SheetContent => ({ title, office, date: chineseDay(todayIso(), true), note, rows });
  let stamp = asOf;
  switch (input.report) {
    case 'ledger': {
      const { rows } = listLedger(db, { planId: plan.id, asOf });
      const filters = { ...input.filters, planId: plan.id, kinds: input.filters?.kinds ?? ['task' as const] };
      const history = input.history ? notesByTask(db, plan.id, asOf) : undefined;
      addSheet(wb, ledgerSpec, content(`${plan.title.replace(/实施方案$|方案$/, '')}任务分工台账`, ledgerRows(rows, filters, history), `截至${chineseDay(asOf, true)}；${plan.docNumber ?? ''}`));
      break;
    }
    case 'timeline': {
      const { rows } = listLedger(db, { planId: plan.id, asOf });
      const shown = timelineRows(rows);
      if (!shown.length) throw new AppError('empty_report', '该方案没有重点工作时序安排');
      addSheet(wb, timelineSpec, content(`${place}公立医院综合改革重点工作时序安排表`, shown, `完成情况截至${chineseDay(asOf, true)}`));
      break;
    }
    case 'groups':
    case 'roster': {
      const groups = listGroups(db, plan.id);
      if (!groups.length) throw new AppError('empty_report', '该方案没有工作组');
      if (input.report === 'groups') addSheet(wb, groupsSpec, content(`${place}医改工作组责任分工表`, groupRows(groups)));
      else {
        addSheet(wb, rosterSpec, content(`${place}医改工作组组建方案`, rosterRows(groups)));
        addSheet(wb, contactsSpec, content(`${place}医改工作联系人`, contactRows(planContactOwners(db, plan.id)), '每位联系人一行；同一单位有多位联系人的，逐行填写。改后可在“交办督办 → 联系人”中导入。'));
      }
      stamp = '';
      break;
    }
    case 'indicators': {
      const listed = listIndicators(db, plan.id);
      if (!listed.length) throw new AppError('empty_report', '该方案没有监测指标');
      const computed = computeIndicators(db, { planId: plan.id, from: input.from ?? asOf, to: asOf });
      const years = [...new Set(listed.flatMap((i) => i.targets.map((t) => t.year)))].sort();
      addSheet(wb, indicatorSpec(years), content(`${place}公立医院高质量发展指标监测表`, indicatorRows(computed, listed), `当前值截至${chineseDay(asOf, true)}`));
      break;
    }
    case 'summary': {
      const summary = compileSummary(db, { planId: plan.id, period: input.period ?? asOf });
      if (input.format === 'docx') {
        return { fileName: safeName(`${place}医改工作信息${summary.period.kind === 'daily' ? '日报' : '周报'}_${summary.period.code}.docx`), data: await summaryDocx(summary.text) };
      }
      const title = `${place}医改工作信息汇总表（${summary.period.label}）`;
      const hospitals = summary.indicators.rows.find((r) => r.formula)?.byUnit.map((u) => u.name) ?? [];
      addSheet(wb, completenessSpec, content(title, completenessRows(summary), `应报 ${summary.status.expected}，实报 ${summary.status.received}，按时 ${summary.status.onTime}，迟报 ${summary.status.late}，未报 ${summary.status.missing}`));
      addSheet(wb, summaryIndicatorSpec(hospitals), content(`${title}·主要指标`, summaryIndicatorRows(summary, hospitals), '全区数值按各医院合计数计算'));
      addSheet(wb, overdueSpec, content(`${title}·逾期任务`, overdueRows(summary)));
      addSheet(wb, incidentSpec, content(`${title}·突发情况`, incidentRows(summary)));
      addSheet(wb, narrativeSpec, content(`${title}·各单位工作进展`, narrativeRows(summary)));
      stamp = summary.period.code;
      break;
    }
    case 'followups': {
      const from = input.from ?? plan.issuedOn ?? asOf;
      const to = input.to ?? asOf;
      if (from > to) throw new AppError('invalid_input', '统计区间的开始日期晚于结束日期');
      const ranked = followUpRanking(db, { planId: plan.id, from, to });
      if (!ranked.length) throw new AppError('empty_report', '统计区间内没有到期的任务');
      addSheet(wb, followUpRankingSpec, content(`${place}医改重点任务督办情况通报`, followUpRankingRows(ranked), `统计区间：${chineseDay(from, true)}至${chineseDay(to, true)}（完成时限在区间内的任务，完成情况截至区间末日）；按逾期未完成项数、按时完成率排序`));
      stamp = `${from}至${to}`;
      break;
    }
    case 'ranking': {
      const regime = requireRegime(db, plan.id);
      const from = input.from ?? regime.startOn;
      const to = input.to ?? asOf;
      const matrix = buildMatrix(db, { planId: plan.id, from, to, asOf });
      addSheet(wb, rankingSpec, content(`${place}医改信息报送情况通报`, rankingRows(matrix), `统计区间：${chineseDay(from, true)}至${chineseDay(to, true)}；按及时率排序`));
      stamp = `${from}至${to}`;
      break;
    }
  }
  if (input.period && input.report !== 'summary') periodIn(requireRegime(db, plan.id), input.period); // a bad period is refused, not ignored
  return { fileName: safeName(`${reportLabels[input.report]}_${plan.id}${stamp ? `_${stamp}` : ''}.xlsx`), data: await workbookBytes(wb) };
}

/** Every standing note of each task on or before the day, oldest first, as the export writes them. */
function notesByTask(db: Db, planId: string, asOf: string): Map<number, string[]> {
  const rows = db.prepare(
    `SELECT p.task_id, p.entered_on, p.body FROM progress_entries p JOIN tasks t ON t.id = p.task_id
     WHERE t.plan_id = ? AND p.entered_on <= ? AND NOT EXISTS (SELECT 1 FROM progress_entries s WHERE s.supersedes_id = p.id AND s.entered_on <= ?)
     ORDER BY p.entered_on, p.id`,
  ).all(planId, asOf, asOf) as { task_id: number; entered_on: string; body: string }[];
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.task_id, [...(out.get(r.task_id) ?? []), `${chineseDay(r.entered_on, true)}：${r.body}`]);
  return out;
}
