// The one ledger filter the screen, the CLI and the exports share.
import { describe, expect, it } from 'vitest';
import { countRows, filterLedger, type LedgerRow } from '../../electron/shared/ledger';

const row = (id: number, parentId: number | null, over: Partial<LedgerRow> = {}): LedgerRow => ({
  id, parentId, planId: 'p', planTitle: '方案', partId: null, kind: 'task', depth: parentId === null ? 0 : 1, isHeading: false,
  code: String(id), title: `任务${id}`, body: null, leadUnits: [], cooperatingUnits: [], groups: [],
  deadline: { kind: 'none', text: null, dueOn: null, dueTime: null, startOn: null }, due: null, dueInherited: false,
  status: 'not_started', light: 'green', daysLeft: null, daysLate: null, followUp: null, lightReason: '', latestProgress: null, completedOn: null, pauseReason: null,
  ...over,
});

const rows = [
  row(1, null, { isHeading: true, light: null, title: '改革内容' }),
  row(2, 1, { partId: 1, light: 'red', leadUnits: [{ id: 9, name: '区财政局' }], due: '2017-08-20' }),
  row(3, 1, { partId: 1, light: 'yellow', groups: [{ id: 5, name: '医保工作组' }], latestProgress: { id: 1, enteredOn: '2017-08-21', body: '已召开调度会', author: null, status: null } }),
  row(4, null, { isHeading: true, light: null, title: '保障措施' }),
  row(5, 4, { partId: 4, light: 'done', status: 'done', cooperatingUnits: [{ id: 9, name: '区财政局' }], due: '2017-09-30' }),
];
const ids = (f: Parameters<typeof filterLedger>[1]) => filterLedger(rows, f).map((r) => r.id);

describe('filterLedger', () => {
  it.each([
    ['no filter: everything in tree order', {}, [1, 2, 3, 4, 5]],
    ['by light, with the heading above', { lights: ['red' as const] }, [1, 2]],
    ['by unit, lead or cooperating', { unitId: 9 }, [1, 2, 4, 5]],
    ['by group', { groupId: 5 }, [1, 3]],
    ['by status', { statuses: ['done' as const] }, [4, 5]],
    ['by deadline range', { dueFrom: '2017-09-01', dueTo: '2017-12-31' }, [4, 5]],
    ['by words in the latest progress', { text: '调度会' }, [1, 3]],
    ['by a heading’s own words', { text: '保障措施' }, [4]],
    ['by part', { partId: 4 }, [4, 5]],
    ['nothing matches', { text: '没有这样的任务' }, []],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('counts work rows only, never headings', () => {
    expect(countRows(rows, {})).toBe(3);
    expect(countRows(rows, { unitId: 9 })).toBe(2);
  });
});
