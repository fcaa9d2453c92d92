// Progress notes through dispatch: one task or a selection, statuses and what the task row keeps,
// corrections, and every refusal in Chinese with the database exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../electron/shared/contract';
import type { ProgressDto } from '../../../electron/shared/ledger';
import { useSeededCore } from '../../helpers/core';

const { core, value, refused } = useSeededCore('progress');
const call = <T>(channel: Channel, input: unknown): T => value<T>(channel, input);

beforeAll(() => {
  call('settings:update', { officeName: '巴南区医改办', clerkName: '赵六' });
});

const taskId = (title: string) =>
  core().db.prepare("SELECT id FROM tasks WHERE plan_id = 'banan-2017' AND title = ?").pluck().get(title) as number;
const state = (id: number) => core().db.prepare('SELECT status, completed_on, pause_reason FROM tasks WHERE id = ?').get(id);
const add = (input: object) => call<ProgressDto[]>('progress:add', input);
const auditSince = (id: number) =>
  core().db.prepare('SELECT actor, action, entity, entity_id, before_json, after_json FROM audit_log WHERE id > ? ORDER BY id').all(id) as {
    actor: string; action: string; entity: string; entity_id: string; before_json: string | null; after_json: string;
  }[];
const lastAuditId = () => core().db.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_log').pluck().get() as number;

describe('progress:add', () => {
  it('records a note with a status, sets the task’s status and completion date, and audits both', () => {
    const id = taskId('召开全区公立医院综合改革新闻媒体通气会');
    const mark = lastAuditId();
    const [note] = add({ taskIds: [id], enteredOn: '2017-08-29', body: '通气会已召开，12 家媒体参加', status: 'done' });
    expect(note).toMatchObject({ taskId: id, enteredOn: '2017-08-29', status: 'done', author: '赵六', supersedesId: null, supersededBy: null });
    expect(state(id)).toEqual({ status: 'done', completed_on: '2017-08-29', pause_reason: null });
    const [audit, ...more] = auditSince(mark);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actor: '赵六', action: 'create', entity: 'progress', entity_id: String(note!.id) });
    expect(JSON.parse(audit!.after_json)).toMatchObject({ body: '通气会已召开，12 家媒体参加', status: 'done' });
    expect(JSON.parse(audit!.before_json!)).toMatchObject({ taskId: id, status: 'not_started' });
    expect(call<ProgressDto[]>('progress:list', { taskId: id })).toEqual([note]);
  });

  it('puts the same note on a selection: one note and one audit row per task, statuses untouched', () => {
    const ids = [taskId('开展现场督导检查'), taskId('加强医疗服务项目价格监管')];
    const mark = lastAuditId();
    const notes = add({ taskIds: ids, enteredOn: '2017-09-05', body: '第一周督导完成' });
    expect(notes.map((n) => n.taskId)).toEqual(ids);
    expect(auditSince(mark).map((a) => [a.entity, a.before_json])).toEqual([['progress', null], ['progress', null]]);
    for (const id of ids) expect(state(id)).toMatchObject({ status: 'not_started' });
  });

  it('keeps the latest status: a backdated status note is history and leaves the task as it is', () => {
    const id = taskId('做好改革实施期间的后勤保障工作');
    add({ taskIds: [id], enteredOn: '2017-09-10', body: '物资已备齐', status: 'in_progress' });
    add({ taskIds: [id], enteredOn: '2017-09-01', body: '补记：启动当日已保障', status: 'done' });
    expect(state(id)).toEqual({ status: 'in_progress', completed_on: null, pause_reason: null });
    add({ taskIds: [id], enteredOn: '2017-09-10', body: '同日再报：已全部完成', status: 'done' }); // same day: the later entry counts
    expect(state(id)).toEqual({ status: 'done', completed_on: '2017-09-10', pause_reason: null });
  });

  it('keeps a pause’s reason until the task resumes', () => {
    const id = taskId('做好改革实施期间的纪律保障工作');
    add({ taskIds: [id], enteredOn: '2017-09-02', body: '等待区纪委统一部署', status: 'paused' });
    expect(state(id)).toEqual({ status: 'paused', completed_on: null, pause_reason: '等待区纪委统一部署' });
    add({ taskIds: [id], enteredOn: '2017-09-08', body: '已恢复', status: 'in_progress' });
    expect(state(id)).toEqual({ status: 'in_progress', completed_on: null, pause_reason: null });
  });

  it('records a correction beside the note it replaces; the task’s status follows the standing notes', () => {
    const id = taskId('持续做好政策宣传和舆情引导，及时处置负面舆情事件');
    const [wrong] = add({ taskIds: [id], enteredOn: '2017-09-03', body: '已完成', status: 'done' });
    expect(state(id)).toMatchObject({ status: 'done' });
    const [fix] = add({ taskIds: [id], enteredOn: '2017-09-03', body: '更正：仍在推进，上条误报', supersedesId: wrong!.id });
    expect(fix).toMatchObject({ supersedesId: wrong!.id });
    expect(state(id)).toEqual({ status: 'not_started', completed_on: null, pause_reason: null });
    const list = call<ProgressDto[]>('progress:list', { taskId: id });
    expect(list.map((n) => [n.id, n.supersededBy])).toEqual([[fix!.id, null], [wrong!.id, fix!.id]]);
    const [again] = add({ taskIds: [id], enteredOn: '2017-09-04', body: '更正：推进中', status: 'in_progress', supersedesId: fix!.id });
    expect(state(id)).toMatchObject({ status: 'in_progress' });
    expect(again!.supersedesId).toBe(fix!.id);
  });

  it('takes a note without a status on a heading', () => {
    const [note] = add({ taskIds: [taskId('改革内容')], enteredOn: '2017-09-01', body: '各项改革内容已部署' });
    expect(note!.status).toBeNull();
  });
});

describe('progress:add refusals', () => {
  it('refuses a status on a heading, naming it', () => {
    refused('progress:add', { taskIds: [taskId('定额报销诊察费'), taskId('同步调整医保报销政策')], enteredOn: '2017-09-01', body: '已落实', status: 'done' },
      'invalid_input', /“（三）同步调整医保报销政策”下还有子任务/);
  });

  it('refuses a date after today', () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    refused('progress:add', { taskIds: [taskId('定额报销诊察费')], enteredOn: tomorrow, body: '预计完成' }, 'invalid_input', /晚于今天/);
  });

  it('refuses an unknown task and writes nothing for the others of the selection', () => {
    refused('progress:add', { taskIds: [taskId('定额报销诊察费'), 999999], enteredOn: '2017-09-01', body: '已落实' }, 'not_found', /找不到任务（编号 999999）/);
  });

  it('refuses a correction of another task’s note, of a selection, of a corrected note or of no note', () => {
    const a = taskId('定额报销床位费');
    const b = taskId('定额报销诊察费');
    const [note] = add({ taskIds: [a], enteredOn: '2017-09-01', body: '已落实' });
    refused('progress:add', { taskIds: [b], enteredOn: '2017-09-01', body: '更正', supersedesId: note!.id }, 'invalid_input', /同一项任务/);
    refused('progress:add', { taskIds: [a, b], enteredOn: '2017-09-01', body: '更正', supersedesId: note!.id }, 'invalid_input', /同一项任务/);
    add({ taskIds: [a], enteredOn: '2017-09-02', body: '更正：部分落实', supersedesId: note!.id });
    refused('progress:add', { taskIds: [a], enteredOn: '2017-09-02', body: '再更正', supersedesId: note!.id }, 'conflict', /已经更正过/);
    refused('progress:add', { taskIds: [a], enteredOn: '2017-09-02', body: '更正', supersedesId: 999999 }, 'not_found', /找不到编号为 999999 的进展记录/);
  });

  it('refuses an empty note, a pause without a reason, an unknown status and an empty selection', () => {
    const id = taskId('定额报销诊察费');
    refused('progress:add', { taskIds: [id], enteredOn: '2017-09-01', body: '  ' }, 'invalid_input', /进展内容不能为空/);
    refused('progress:add', { taskIds: [id], enteredOn: '2017-09-01', body: '', status: 'paused' }, 'invalid_input', /进展内容不能为空/);
    refused('progress:add', { taskIds: [id], enteredOn: '2017-09-01', body: '甲', status: 'closed' }, 'invalid_input', /状态应为/);
    refused('progress:add', { taskIds: [], enteredOn: '2017-09-01', body: '甲' }, 'invalid_input', /请至少选择一项任务/);
    refused('progress:add', { taskIds: [id], enteredOn: '2017-02-30', body: '甲' }, 'invalid_input', /日期格式/);
  });

  it('refuses the notes of an unknown task', () => {
    refused('progress:list', { taskId: 999999 }, 'not_found', /找不到任务/);
  });
});
