// Which template a returned file is: its plan, reporting unit, period and which row holds which
// field. First by the very hidden identity sheet the template was sent with; when a re-save lost
// it, by the visible 报送单位 and 报送期 cells and the labels in column A — and the verdict says so.
import type * as XLSX from 'xlsx';
import { addDays, todayIso } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { FormDto, FormFieldDto, ReporterDto } from '../../../shared/reporting';
import type { Db } from '../../db/open';
import { makeCalendar } from '../../reporting/calendar';
import { listPeriods, type Period } from '../../reporting/periods';
import { loadRegime, type LoadedRegime } from '../../reporting/regime-load';
import { periodIn } from '../../reporting/status';
import { findReporter } from '../../reporting/submission-query';
import { firstFieldRow, identitySheet, templateMark, templateVersion } from '../templates';
import { cellRef, cellText, type Book } from './read-book';

export type Identified = {
  regime: LoadedRegime; reporter: ReporterDto; period: Period; form: FormDto; ws: XLSX.WorkSheet;
  /** sheet row → the field typed beside its label */
  rows: Map<number, FormFieldDto>;
  /** set when the identity sheet was missing and the visible cells were used */
  fallback: string | null;
};
/** What the clerk is importing for, when the screen or the command says. */
export type Expected = { planId?: string; period?: string; memo?: BatchMemo };
/**
 * What the files of one batch share: each plan's regime loaded once and each period found once,
 * not again for every file (60 files of one week name one regime and one period).
 */
export type BatchMemo = { regimes: Map<string, LoadedRegime>; periods: Map<string, Period> };
export const newBatchMemo = (): BatchMemo => ({ regimes: new Map(), periods: new Map() });

/** A refusal of the file, tied to the cell it concerns when there is one. */
export class RejectedFile extends AppError {
  constructor(message: string, readonly cell: string | null = null) {
    super('rejected', message);
  }
}
const reject = (message: string, cell?: string) => new RejectedFile(message, cell ?? null);
const labelOf = (text: string) => text.replace(/（必填）$/, '').trim();

export function identifyTemplate(db: Db, book: Book, expected: Expected): Identified {
  const ws = book.sheet('报送表') ?? book.sheet(book.names[0] ?? '');
  if (!ws) throw reject('工作簿中没有工作表');
  const identity = book.sheet(identitySheet);
  const found = identity ? byIdentity(db, ws, readIdentity(identity), expected) : byVisibleCells(db, ws, expected);
  const shownUnit = cellText(ws, 'B3');
  const shownPeriod = cellText(ws, 'B4');
  if (identity && shownUnit !== found.reporter.name) throw reject(`报送单位“${shownUnit}”与模板所属单位“${found.reporter.name}”不一致`, 'B3');
  if (identity && shownPeriod !== found.period.label) throw reject(`报送期“${shownPeriod}”与模板所属报送期“${found.period.label}”不一致`, 'B4');
  if (expected.period) {
    const want = periodIn(found.regime, expected.period);
    if (want.start !== found.period.start || want.kind !== found.period.kind) {
      throw reject(`这是${found.period.label}的模板，当前导入的是${want.label}`);
    }
  }
  return { ...found, ws };
}

/** Identity rows as key → text; a Map, so a key such as __proto__ is only ever a string. */
export function readIdentity(ws: XLSX.WorkSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (let row = 1; row <= 40; row++) {
    const key = cellText(ws, cellRef(row, 1));
    if (key) out.set(key, cellText(ws, cellRef(row, 2)));
  }
  return out;
}

function byIdentity(db: Db, ws: XLSX.WorkSheet, id: Map<string, string>, expected: Expected): Omit<Identified, 'ws'> {
  if (id.get('template') !== templateMark) throw reject('不是本程序发出的报送模板');
  if (Number(id.get('version')) > templateVersion) throw reject('模板由更新版本的程序生成，请升级后再导入');
  const planId = id.get('planId') ?? '';
  if (expected.planId && planId !== expected.planId) throw reject(`这是另一个方案（${planId}）的模板，不属于当前方案`);
  const regime = planRegime(db, planId, expected.memo);
  if (String(regime.regimeId) !== id.get('regimeId')) throw reject('模板所属的报送制度已不存在');
  const reporter = regime.reporters.find((r) => String(r.id) === id.get('reporterId'));
  if (!reporter) throw reject(`“${id.get('unit') ?? ''}”已不是本方案的报送单位`);
  const period = periodOf(regime, id.get('periodCode') ?? '', expected.memo);
  const form = regime.forms.find((f) => String(f.id) === id.get('formId') && f.id === reporter.formId);
  if (!form) throw reject(`${reporter.name}的报表已更换，请重新发送模板`);
  let map: unknown;
  try {
    map = JSON.parse(id.get('fields') ?? '');
  } catch {
    throw reject('模板信息页已损坏，请重新发送模板');
  }
  const rows = new Map<number, FormFieldDto>();
  for (const [row, fieldId] of Object.entries(map as Record<string, unknown>)) {
    const field = form.fields.find((f) => f.id === fieldId);
    if (!field || !/^\d+$/.test(row)) throw reject(`${reporter.name}的报表项目已调整，请重新发送模板`);
    const label = labelOf(cellText(ws, cellRef(Number(row), 1)));
    if (label !== field.label) throw reject(`此行应为“${field.label}”，却是“${label}”，表格被改动过`, cellRef(Number(row), 1));
    rows.set(Number(row), field);
  }
  return { regime, reporter, period, form, rows, fallback: null };
}

function byVisibleCells(db: Db, ws: XLSX.WorkSheet, expected: Expected): Omit<Identified, 'ws'> {
  if (cellText(ws, 'A3') !== '报送单位' || cellText(ws, 'A4') !== '报送期') {
    throw reject('不是报送模板：没有模板信息页，也找不到“报送单位”“报送期”两格');
  }
  const unit = cellText(ws, 'B3');
  const label = cellText(ws, 'B4');
  const planIds = expected.planId
    ? [expected.planId]
    : (db.prepare('SELECT DISTINCT plan_id FROM reporting_regimes ORDER BY plan_id').pluck().all() as string[]);
  for (const planId of planIds) {
    const regime = planRegime(db, planId, expected.memo);
    let reporter: ReporterDto;
    try {
      reporter = findReporter(db, regime, { reporterName: unit });
    } catch {
      continue;
    }
    const period = listPeriods(regime.rules, makeCalendar('none'), regime.startOn, addDays(todayIso(), 62)).find((p) => p.label === label);
    if (!period) throw reject(`报送期“${label}”不在本方案的报送制度中`, 'B4');
    const form = regime.forms.find((f) => f.id === reporter.formId);
    if (!form) throw reject(`${reporter.name}尚未指定报表`);
    const rows = new Map<number, FormFieldDto>();
    for (let row = firstFieldRow; row < firstFieldRow + 200; row++) {
      const text = labelOf(cellText(ws, cellRef(row, 1)));
      if (!text) break;
      const field = form.fields.find((f) => f.label === text);
      if (!field) throw reject(`填报项“${text.slice(0, 30)}”不在${form.name}中`, cellRef(row, 1));
      rows.set(row, field);
    }
    return { regime, reporter, period, form, rows, fallback: '模板信息页已丢失（文件可能被另存过），已按“报送单位”“报送期”两格和各行名称识别，请核对后确认导入' };
  }
  throw reject(`“${unit}”不是${expected.planId ? '本方案' : '任何方案'}的报送单位`, 'B3');
}

function planRegime(db: Db, planId: string, memo?: BatchMemo): LoadedRegime {
  const known = memo?.regimes.get(planId);
  if (known) return known;
  let regime: LoadedRegime | null;
  try {
    regime = loadRegime(db, planId);
  } catch {
    throw reject('模板所属的方案不在本数据文件中');
  }
  if (!regime) throw reject('模板所属的方案没有报送制度');
  memo?.regimes.set(planId, regime);
  return regime;
}

function periodOf(regime: LoadedRegime, code: string, memo?: BatchMemo): Period {
  const key = `${regime.regimeId}:${code}`;
  const known = memo?.periods.get(key);
  if (known) return known;
  try {
    const period = periodIn(regime, code);
    memo?.periods.set(key, period);
    return period;
  } catch {
    throw reject(`报送期“${code}”已不在本方案的报送制度中`);
  }
}
