// The draft of the report upward, in the office's register: numbered parts, whole sentences,
// figures as the tables show them. The clerk edits it before it goes out.
import { frequencyLabels, incidentCategoryLabels, judgementLabels, rateText as pct, type SummaryDto } from '../../shared/reporting';
import type { LoadedRegime } from '../reporting/regime-load';
import { chineseNumber } from '../../shared/chinese-number';

const num = (v: number | null) => (v === null ? '—' : v.toFixed(2));
/** 0 → 一 … 9 → 十; from the eleventh on the number itself, as before. */
const ordinal = (i: number) => (i < 10 ? chineseNumber(i + 1) : String(i + 1));

type Parts = Omit<SummaryDto, 'text' | 'edited' | 'updatedAt' | 'sends'>;

function completeness({ status }: Parts): string {
  const missing = status.missingUnits.map((u) => u.name);
  if (!status.period.needsReport) return `本期不需报送（${status.period.reason ?? ''}）。`;
  return `本期应报 ${status.expected} 家，实报 ${status.received} 家（按时 ${status.onTime} 家，迟报 ${status.late} 家），未报 ${status.missing} 家${
    missing.length ? `（${missing.join('、')}）` : ''}；报送率 ${pct(status.rate)}，及时率 ${pct(status.onTimeRate)}。`;
}

function indicators({ indicators: ind }: Parts): string {
  const lines = ind.rows.filter((r) => r.district.value !== null).map((r) => {
    const off = r.byUnit.filter((u) => u.judgement === 'notMet').map((u) => `${u.name}${num(u.value)}`);
    return `全区${r.name}${num(r.district.value)}${r.unitLabel ?? ''}${r.target ? `（目标：${r.target.text}），${judgementLabels[r.district.judgement]}` : ''}${
      off.length ? `；未达标的有${off.join('、')}` : ''}。`;
  });
  return lines.length ? lines.join('\n') : '本期暂无可计算的指标数据。';
}

function tasks({ tasks: t }: Parts): string {
  // Tasks keep the numbers their plan gives them; only unnumbered ones are counted here.
  const item = (code: string, i: number) => (code ? `${code.replace(/[.、．]$/, '')}. ` : `（${i + 1}）`);
  const changed = t.changed.map((c, i) => `${item(c.code, i)}${c.title}：${c.body}${c.status ? `（${c.status}）` : ''}`);
  const overdue = t.overdue.map((o, i) => `${item(o.code, i)}${o.title}（${o.lead ? `${o.lead}，` : ''}时限 ${o.due}）`);
  return [
    changed.length ? `本期更新进展 ${changed.length} 项：\n${changed.join('\n')}` : '本期无新的任务进展记录。',
    overdue.length ? `截至本期末逾期未完成 ${overdue.length} 项：\n${overdue.join('\n')}` : '截至本期末无逾期任务。',
  ].join('\n');
}

function incidents({ incidents: list }: Parts): string {
  if (!list.length) return '本期无突发情况。';
  return list.map((i, k) => `${k + 1}. ${i.receivedAt.slice(0, 16).replace('T', ' ')}，${i.unitName ?? '—'}报告${incidentCategoryLabels[i.category]}事件：${i.title}。${
    i.actions ? `处置情况：${i.actions}。` : ''}${i.closedAt ? '已办结。' : '尚未办结。'}`).join('\n');
}

function narratives({ narratives: list }: Parts): string {
  if (!list.length) return '本期各单位未报送文字材料。';
  return list.map((n, i) => `（${ordinal(i)}）${n.name}\n${n.fields.map((f) => `${f.label}：${f.text}`).join('\n')}`).join('\n');
}

export function composeSummaryText(planTitle: string, regime: LoadedRegime, parts: Parts): string {
  const scope = planTitle.match(/^(.+?[区县市])/)?.[1] ?? '';
  return [
    `${scope}医改工作信息${frequencyLabels[parts.period.kind]}`,
    `（${parts.period.label}）`,
    '',
    `一、报送情况\n${completeness(parts)}`,
    `二、主要指标\n${indicators(parts)}`,
    `三、重点任务推进\n${tasks(parts)}`,
    `四、突发情况\n${incidents(parts)}`,
    `五、各单位工作进展\n${narratives(parts)}`,
    '',
    regime.recipient ? `${regime.recipient}` : '',
  ].join('\n').trim();
}
