// `tasks` and `progress add` as the README shows them: the ledger's rows and lights as of a date,
// and a note that changes what `tasks` shows next. In-process runs of the same runCli.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { leftAsItWas, writeForeignDb } from '../helpers/db-files';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir();
const db = tmp.file('ledger-cli.db');
afterAll(() => tmp.remove());


type TaskLine = {
  id: number; code: string; title: string; deadlineText: string | null; due: string | null; status: string;
  light: string | null; leadUnits: string[]; cooperatingUnits: string[]; groups: string[];
  latestProgress: { date: string; text: string } | null;
};
const tasks = (...extra: string[]): TaskLine[] => {
  const r = cli('tasks', '--db', db, '--plan', 'banan-2017', '--json', ...extra);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as TaskLine[];
};
const byTitle = (rows: TaskLine[], title: string) => rows.find((r) => r.title === title)!;

beforeAll(() => {
  expect(cli('init', '--db', db).code).toBe(0);
});

describe('cli tasks', () => {
  it('prints every row of the plan with the named fields, lights as of the date', () => {
    const rows = tasks('--as-of', '2017-08-25');
    for (const field of ['id', 'code', 'title', 'deadlineText', 'due', 'status', 'light', 'leadUnits', 'cooperatingUnits', 'groups', 'latestProgress']) {
      for (const r of rows) expect(r, field).toHaveProperty(field);
    }
    expect(byTitle(rows, '分管副区长赴改革医院督导')).toMatchObject({
      code: '19', deadlineText: '8月24日', due: '2017-08-24', status: 'not_started', light: 'red', groups: ['综合协调组'], latestProgress: null,
      leadUnits: [], cooperatingUnits: [],
    });
    expect(byTitle(rows, '各工作组分别赴改革医院指导检查')).toMatchObject({ due: '2017-08-25', light: 'yellow' });
    expect(byTitle(rows, '改革内容')).toMatchObject({ code: '三、', light: null });
    expect(byTitle(rows, '建立符合医疗卫生行业特点的人事薪酬制度')).toMatchObject({ leadUnits: ['区人民医院'], cooperatingUnits: ['区中医院'] });
  });

  it('prints a table without --json: code, light in Chinese, due, title', () => {
    const r = cli('tasks', '--db', db, '--plan', 'banan-2017', '--as-of', '2017-08-25');
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n')).toContain('19\t逾期\t2017-08-24\t分管副区长赴改革医院督导');
    expect(r.out).toMatch(/^三、\t\t\t改革内容$/m);
  });

  it('reads without changing the file, and refuses a file that is not its own', () => {
    const init = (path: string) => expect(cli('init', '--db', path).code).toBe(0);
    expect(leftAsItWas(init, (path) => cli('tasks', '--db', path, '--json')).code).toBe(0);
    const foreign = leftAsItWas(writeForeignDb, (path) => cli('tasks', '--db', path));
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain('不是医改台账的数据文件');
  });

  it('refuses an unknown plan, a bad date and stray arguments in Chinese', () => {
    expect(cli('tasks', '--db', db, '--plan', 'no-such-plan')).toMatchObject({ code: 1, err: expect.stringContaining('找不到方案') });
    expect(cli('tasks', '--db', db, '--as-of', '2017-13-01')).toMatchObject({ code: 1, err: expect.stringContaining('日期格式') });
    expect(cli('tasks', '--db', db, 'extra')).toMatchObject({ code: 1, err: expect.stringContaining('无法识别的参数') });
    expect(cli('tasks', '--db', db, '--asof', '2017-08-25')).toMatchObject({ code: 1, err: expect.stringContaining('无法识别的参数：--asof') });
    expect(cli('tasks', '--db', db, '--plan')).toMatchObject({ code: 1, err: expect.stringContaining('缺少取值') });
  });
});

describe('cli progress add', () => {
  it('records a note with a status, and tasks then shows the new status, light and note', () => {
    const id = byTitle(tasks('--as-of', '2017-08-25'), '分管副区长赴改革医院督导').id;
    const r = cli('progress', 'add', '--db', db, '--task', String(id), '--date', '2017-08-24', '--text', '副区长已赴 10 家医院督导', '--status', 'done');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已记录 1 条进展（2017-08-24，状态：已完成）');
    expect(r.out).toContain(`[${id}] 19 分管副区长赴改革医院督导  现状：已完成`);
    expect(byTitle(tasks('--as-of', '2017-08-25'), '分管副区长赴改革医院督导')).toMatchObject({
      status: 'done', light: 'done', latestProgress: { date: '2017-08-24', text: '副区长已赴 10 家医院督导' },
    });
    // As of the day before the note, the task was still open and overdue-to-be.
    expect(byTitle(tasks('--as-of', '2017-08-23'), '分管副区长赴改革医院督导')).toMatchObject({ status: 'not_started', latestProgress: null });
  });

  it('refuses, in Chinese with a non-zero exit, what the core refuses and what it cannot read', () => {
    const id = byTitle(tasks(), '召开全区公立医院综合改革新闻媒体通气会').id;
    const refusals: [string[], RegExp][] = [
      [['--task', String(id), '--date', '2999-01-01', '--text', '甲'], /晚于今天/],
      [['--task', '999999', '--date', '2017-08-29', '--text', '甲'], /找不到任务/],
      [['--task', String(id), '--date', '2017-08-29'], /请用 --text 指定进展内容/],
      [['--task', String(id), '--date', '2017-08-29', '--note', '甲'], /无法识别的参数：--note/],
      [['--task', 'x', '--date', '2017-08-29', '--text', '甲'], /任务编号应为正整数/],
      [['--task', String(id), '--date', '2017-08-29', '--text', '甲', '--status', 'finished'], /状态应为/],
      [['--task', String(byTitle(tasks(), '改革内容').id), '--date', '2017-08-29', '--text', '甲', '--status', 'done'], /下还有子任务/],
    ];
    for (const [args, message] of refusals) {
      const r = cli('progress', 'add', '--db', db, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out).toBe('');
    }
    expect(byTitle(tasks(), '召开全区公立医院综合改革新闻媒体通气会').latestProgress).toBeNull();
    expect(cli('progress', 'list', '--db', db)).toMatchObject({ code: 1, err: expect.stringContaining('用法：progress add') });
  });
});
