// How reporting figures read on screen: rates as percentages, office times without seconds.
import { rateText, type PeriodDto, type SubmissionState, type Tally } from '../../../../electron/shared/reporting';

export const percent = rateText;
/** '2017-09-05T16:30:00' → '2017-09-05 16:30' */
export const stampText = (s: string): string => s.slice(0, 16).replace('T', ' ');
/** '2017-09-05T16:30:00' → '9月5日 16:30' */
export const shortStamp = (s: string | null): string =>
  s ? `${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日 ${s.slice(11, 16)}` : '';
/** A period's column heading: 9/5 for a day, 第41周 for a week, 10月 for a month. */
export const periodHeading = (p: PeriodDto): string =>
  p.kind === 'daily' ? `${Number(p.start.slice(5, 7))}/${Number(p.start.slice(8, 10))}`
    : p.kind === 'weekly' ? `第${Number(p.code.slice(6))}周` : `${Number(p.code.slice(5, 7))}月`;

export const stateMarks: Record<SubmissionState, { mark: string; color: string }> = {
  onTime: { mark: '✓', color: '#389e0d' },
  late: { mark: '迟', color: '#d46b08' },
  missing: { mark: '✗', color: '#cf1322' },
  pending: { mark: '○', color: '#8c8c8c' },
  notDue: { mark: '', color: '#bfbfbf' },
};

export const tallyLine = (t: Tally): string =>
  `应报 ${t.expected}，实报 ${t.received}（按时 ${t.onTime}，迟报 ${t.late}），未报 ${t.missing}${t.pending ? `，未到时限 ${t.pending}` : ''}；报送率 ${percent(t.rate)}，及时率 ${percent(t.onTimeRate)}`;
