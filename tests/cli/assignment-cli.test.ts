// `assign`, `overdue` and `notices` as the README shows them: a list file naming its recipients
// by name is issued and prints the task ids; `overdue --json` prints the level, days late, leads
// and their contacts; `notices` writes one Word notice per lead. In-process runs of runCli.
import { readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAsync } from '../helpers/cli';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir();
const db = tmp.file('assign-cli.db');
afterAll(() => tmp.remove());
beforeAll(() => {
  expect(cli('init', '--db', db).code).toBe(0);
});

const list = {
  title: '区政府常务会议交办事项', assignedOn: '2017-09-05', sourceKind: 'meeting', sourceText: '区政府第12次常务会议',
  items: [
    { title: '拨付改革补助资金', deadlineText: '9月15日前', lead: '区财政局', cooperating: ['财政保障组'] },
    { title: '开展价格调整政策宣传', dueOn: '2017-09-10', lead: '宣传舆情导控组', cooperating: '区委宣传部' },
  ],
};

type Overdue = { taskId: number; title: string; due: string; daysLate: number; level: string; leadUnits: { kind: string; name: string; contacts: { name: string }[] }[] };

describe('cli assign and overdue', () => {
  let taskIds: number[] = [];

  it('issues a list from a file and prints the list number and the created task ids', () => {
    const file = tmp.file('list.json');
    writeFileSync(file, JSON.stringify(list));
    const r = cli('assign', '--db', db, '--plan', 'banan-2017', '--file', file);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { listId: number; number: string; planId: string; taskIds: number[] };
    expect(out).toMatchObject({ number: '〔2017〕1号', planId: 'banan-2017' });
    expect(out.taskIds).toHaveLength(2);
    taskIds = out.taskIds;
  });

  it('prints each overdue task with its level, days late, leads and contacts', () => {
    const groups = JSON.parse(cli('call', 'groups:list', '{"planId":"banan-2017"}', '--db', db).out) as { id: number; name: string }[];
    const id = groups.find((g) => g.name === '宣传舆情导控组')!.id;
    expect(cli('call', 'contacts:set', JSON.stringify({ owner: { kind: 'group', id }, contacts: [{ name: '刘洋', mobile: '13700004444' }] }), '--db', db).code).toBe(0);
    const at = (asOf: string) => {
      const r = cli('overdue', '--db', db, '--plan', 'banan-2017', '--as-of', asOf, '--json');
      expect(r.code, r.err).toBe(0);
      return (JSON.parse(r.out) as Overdue[]).find((o) => o.taskId === taskIds[1]);
    };
    expect(at('2017-09-10')).toBeUndefined();
    expect(at('2017-09-11')).toMatchObject({ daysLate: 1, level: 'remind', due: '2017-09-10' });
    expect(at('2017-09-17')).toMatchObject({ daysLate: 7, level: 'urge' });
    const notify = at('2017-09-25')!;
    expect(notify).toMatchObject({ daysLate: 15, level: 'notify', leadUnits: [{ kind: 'group', name: '宣传舆情导控组' }] });
    expect(notify.leadUnits[0]!.contacts).toEqual([{ name: '刘洋', post: null, officePhone: null, mobile: '13700004444' }]);
  });

  it('writes a 督办通知 per lead and logs it', async () => {
    const out = tmp.file('notices');
    const r = await cliAsync('notices', '--db', db, '--as-of', '2017-09-18', '--tasks', String(taskIds[1]), '--reply-by', '2017-09-22', '--doc-prefix', '巴南医改办督〔2017〕', '--first-number', '5', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out)).toEqual(['督办通知_宣传舆情导控组_2017-09-18.docx']);
    const log = JSON.parse(cli('call', 'followups:log', '{}', '--db', db).out) as { docNumber: string; level: string }[];
    expect(log).toMatchObject([{ docNumber: '巴南医改办督〔2017〕5号', level: 'urge' }]);
  });

  it.each([
    [['--file', 'no-such.json'], /找不到清单文件/],
    [[], /请用 --file 指定交办清单文件/],
  ])('refuses %j in Chinese', (extra, message) => {
    const r = cli('assign', '--db', db, ...extra);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });

  it('refuses a list naming a unit nobody knows, and a file that is not JSON, writing nothing', () => {
    const bad = tmp.file('bad.json');
    writeFileSync(bad, JSON.stringify({ ...list, items: [{ title: '甲', dueOn: '2017-09-10', lead: '不存在局' }] }));
    const before = cli('call', 'assignments:list', '{}', '--db', db).out;
    expect(cli('assign', '--db', db, '--plan', 'banan-2017', '--file', bad).err).toMatch(/“不存在局”既不是本方案的工作组，也不在单位名录中/);
    writeFileSync(bad, '{ title: ');
    expect(cli('assign', '--db', db, '--file', bad).err).toMatch(/不是有效的 JSON/);
    expect(cli('call', 'assignments:list', '{}', '--db', db).out).toBe(before);
    expect(cli('overdue', '--db', db).err).toMatch(/请用 --as-of 指定查看日期/);
  });
});
