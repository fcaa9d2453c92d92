// Adding, editing, moving and deleting tasks, and new plans, through dispatch as the screens call
// them: each outcome, and each refusal in Chinese with nothing changed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../electron/shared/contract';
import type { PlanDetail, PlanSummary } from '../../../electron/shared/dto';
import { useSeededCore, wholeDatabase } from '../../helpers/core';

const { core, value, refused: refusedWith } = useSeededCore('task-edit');
const call = <T>(channel: Channel, input: unknown): T => value<T>(channel, input);
/** Refused with a Chinese message and the database exactly as it was; unknown ids answer not_found. */
const refused = (channel: Channel, input: unknown, message: RegExp) =>
  refusedWith(channel, input, /^找不到/.test(message.source) ? 'not_found' : 'invalid_input', message);

beforeAll(() => {
  call('settings:update', { officeName: '巴南区医改办', clerkName: '王五' });
});

const plan = (planId = 'banan-2017') => call<PlanDetail>('plans:get', { planId });
const taskId = (title: string, planId = 'banan-2017') =>
  core().db.prepare('SELECT id FROM tasks WHERE plan_id = ? AND title = ?').pluck().get(planId, title) as number;
const unitId = (scope: string, name: string) =>
  core().db.prepare('SELECT id FROM units WHERE scope = ? AND name = ?').pluck().get(scope, name) as number;
const groupId = (planId: string, name: string) =>
  core().db.prepare('SELECT id FROM working_groups WHERE plan_id = ? AND name = ?').pluck().get(planId, name) as number;
const lastAudit = () =>
  core().db.prepare('SELECT actor, action, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    actor: string; action: string; entity: string; entity_id: string; before_json: string | null; after_json: string | null;
  };

/** Positions run 1, 2, 3 … in tree order: every row comes after its parent and the parent's earlier subtrees. */
function expectTreeOrder(planId: string): void {
  const rows = core().db.prepare('SELECT id, parent_id, position FROM tasks WHERE plan_id = ? ORDER BY position').all(planId) as {
    id: number; parent_id: number | null; position: number;
  }[];
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i + 1));
  const seen: number[] = []; // the chain of open ancestors
  for (const r of rows) {
    while (seen.length && seen[seen.length - 1] !== r.parent_id) seen.pop();
    if (r.parent_id !== null) expect(seen, `task ${r.id} sits under its parent`).toContain(r.parent_id);
    seen.push(r.id);
  }
}

describe('tasks:create', () => {
  it('adds a top-level task after the plan’s last task, before the timeline, and audits it', () => {
    const id = call<{ id: number }>('tasks:create', { planId: 'banan-2017', title: '建立改革台账' }).id;
    const tasks = plan().tasks;
    const at = tasks.findIndex((t) => t.id === id);
    expect(tasks[at]).toMatchObject({ parentId: null, kind: 'task', code: '', deadline: { kind: 'none', dueOn: null }, status: 'not_started' });
    expect(tasks.slice(0, at).every((t) => t.kind === 'task')).toBe(true);
    expect(tasks[at + 1]?.kind).toBe('timeline');
    expectTreeOrder('banan-2017');
    expect(lastAudit()).toMatchObject({ actor: '王五', action: 'create', entity: 'task', entity_id: String(id) });
    expect(JSON.parse(lastAudit().after_json!)).toMatchObject({ title: '建立改革台账' });
  });

  it('adds a subtask last under its parent with units under their current names, groups and a date deadline', () => {
    const parentId = taskId('同步调整医保报销政策');
    const finance = unitId('巴南区', '区财政局');
    const group = groupId('banan-2017', '医保工作组');
    const id = call<{ id: number }>('tasks:create', {
      planId: 'banan-2017', parentId, code: '5.', title: '核对医保报销比例', dueOn: '2017-09-15', deadlineText: '9月15日前',
      leadUnitIds: [finance], cooperatingUnitIds: [unitId('巴南区', '巴南区人民医院')], groupIds: [group],
    }).id;
    const tasks = plan().tasks;
    const siblings = tasks.filter((t) => t.parentId === parentId);
    expect(siblings.at(-1)?.id).toBe(id);
    const task = tasks.find((t) => t.id === id)!;
    expect(task.deadline).toEqual({ kind: 'date', text: '9月15日前', dueOn: '2017-09-15', dueTime: null, startOn: null });
    expect(task.units.map((u) => [u.writtenName, u.role])).toEqual([['区财政局', 'lead'], ['巴南区人民医院', 'cooperating']]);
    expect(task.groups).toEqual([{ groupId: group, name: '医保工作组' }]);
    expectTreeOrder('banan-2017');
  });

  it('gives a subtask of a timeline item the timeline kind', () => {
    const id = call<{ id: number }>('tasks:create', { planId: 'banan-2017', parentId: taskId('正式启动改革'), title: '启动当日值班安排' }).id;
    expect(plan().tasks.find((t) => t.id === id)?.kind).toBe('timeline');
    expectTreeOrder('banan-2017');
  });

  it('refuses a parent of another plan, unknown units, another plan’s group and a dated deadline without a date', () => {
    const other = core().db.prepare("SELECT id FROM tasks WHERE plan_id = 'yubei-2022' LIMIT 1").pluck().get();
    refused('tasks:create', { planId: 'banan-2017', parentId: other, title: '甲' }, /属于另一个方案/);
    refused('tasks:create', { planId: 'banan-2017', title: '甲', leadUnitIds: [999999] }, /找不到编号为 999999 的单位/);
    refused('tasks:create', { planId: 'banan-2017', title: '甲', groupIds: [999999] }, /找不到编号为 999999 的工作组/);
    const yubeiGroup = core().db.prepare("SELECT id FROM working_groups WHERE plan_id <> 'banan-2017' LIMIT 1").pluck().get();
    if (yubeiGroup) refused('tasks:create', { planId: 'banan-2017', title: '甲', groupIds: [yubeiGroup] }, /属于另一个方案/);
    refused('tasks:create', { planId: 'banan-2017', title: '甲', deadlineKind: 'month' }, /请填写到期日期/);
    refused('tasks:create', { planId: 'banan-2017', title: '甲', deadlineKind: 'ongoing', dueOn: '2017-09-01' }, /不填写到期日期/);
    const finance = unitId('巴南区', '区财政局');
    refused('tasks:create', { planId: 'banan-2017', title: '甲', leadUnitIds: [finance], cooperatingUnitIds: [finance] }, /既是牵头单位又是配合单位/);
    refused('tasks:create', { planId: 'no-such-plan', title: '甲' }, /找不到方案/);
    refused('tasks:create', { planId: 'banan-2017', parentId: taskId('正式启动改革'), kind: 'task', title: '甲' }, /只能添加同类条目/);
    refused('tasks:create', { planId: 'banan-2017', title: '  ' }, /任务名称不能为空/);
  });
});

describe('tasks:update', () => {
  it('changes only the fields given, and a list replaces the previous one', () => {
    const id = taskId('资助困难群众参保');
    const before = plan().tasks.find((t) => t.id === id)!;
    call('tasks:update', { taskId: id, title: '资助困难群众参加医保' });
    const renamed = plan().tasks.find((t) => t.id === id)!;
    expect(renamed).toEqual({ ...before, title: '资助困难群众参加医保' });
    expect(JSON.parse(lastAudit().before_json!)).toMatchObject({ title: '资助困难群众参保' });

    // 民政部门 stays lead under the plan's wording; 区财政 moves to 配合, still written as the plan writes it.
    const [civil, finance] = before.units.map((u) => u.unitId) as [number, number];
    call('tasks:update', { taskId: id, leadUnitIds: [civil], cooperatingUnitIds: [finance, unitId('巴南区', '巴南区中医院')] });
    const relinked = plan().tasks.find((t) => t.id === id)!;
    expect(relinked.units.map((u) => [u.writtenName, u.role])).toEqual([
      ['民政部门', 'lead'], ['区财政', 'cooperating'], ['巴南区中医院', 'cooperating'],
    ]);
    expect(relinked.title).toBe('资助困难群众参加医保');
  });

  it('sets and clears deadlines: a date alone means a date; 全程 clears the date', () => {
    const id = taskId('资助困难群众参加医保'); // renamed above
    call('tasks:update', { taskId: id, dueOn: '2017-12-31', deadlineText: '年底前' });
    expect(plan().tasks.find((t) => t.id === id)?.deadline).toMatchObject({ kind: 'date', dueOn: '2017-12-31', text: '年底前' });
    call('tasks:update', { taskId: id, deadlineKind: 'ongoing', deadlineText: '全程' });
    expect(plan().tasks.find((t) => t.id === id)?.deadline).toMatchObject({ kind: 'ongoing', dueOn: null, text: '全程' });
    refused('tasks:update', { taskId: id, deadlineKind: 'year' }, /请填写到期日期/);
  });

  it('keeps what the plan wrote when the form is saved with the same date: a year, an hour, a start day', () => {
    const deadline = (title: string) => plan().tasks.find((t) => t.title === title)!.deadline;
    const save = (title: string, dueOn: string) => call('tasks:update', { taskId: taskId(title), title, dueOn, deadlineKind: 'date' });
    save('深化医保支付方式改革', '2017-12-31');
    expect(deadline('深化医保支付方式改革')).toMatchObject({ kind: 'year', dueOn: '2017-12-31', text: '2017年' });
    save('启动实施', '2017-09-01');
    expect(deadline('启动实施')).toMatchObject({ kind: 'date', dueOn: '2017-09-01', startOn: '2017-09-01' });
    save('各督导组进驻各改革医院，现场督查指导', '2017-09-01');
    expect(deadline('各督导组进驻各改革医院，现场督查指导')).toMatchObject({ dueOn: '2017-09-01', dueTime: '08:00' });
    save('各督导组进驻各改革医院，现场督查指导', '2017-09-02');
    expect(deadline('各督导组进驻各改革医院，现场督查指导')).toMatchObject({ kind: 'date', dueOn: '2017-09-02', dueTime: null });
  });

  it('writes nothing when the form is saved unchanged', () => {
    const id = taskId('建立符合医疗卫生行业特点的人事薪酬制度');
    const task = plan().tasks.find((t) => t.id === id)!;
    const ids = (role: string) => task.units.filter((u) => (role === 'lead') === (u.role === 'lead')).map((u) => u.unitId);
    const before = wholeDatabase(core());
    // Every field, as the task form sends them.
    call('tasks:update', {
      taskId: id, code: task.code, title: task.title, body: task.body, deadlineText: task.deadline.text, dueOn: task.deadline.dueOn,
      deadlineKind: 'none', leadUnitIds: ids('lead'), cooperatingUnitIds: ids('other'), groupIds: [],
    });
    expect(wholeDatabase(core())).toEqual(before);
  });

  it('refuses an unknown task, unknown units and an empty title', () => {
    refused('tasks:update', { taskId: 999999, title: '甲' }, /找不到任务/);
    refused('tasks:update', { taskId: taskId('统一医保属性'), cooperatingUnitIds: [999999] }, /找不到编号为 999999 的单位/);
    refused('tasks:update', { taskId: taskId('统一医保属性'), title: '' }, /任务名称不能为空/);
  });
});

describe('tasks:move', () => {
  it('moves a task with its subtasks under another parent, before a sibling, keeping the whole plan in tree order', () => {
    const moved = taskId('建立财政分类补助机制'); // （四）, with two subtasks
    const target = taskId('加强公立医院综合监管'); // （六）
    const before = taskId('规范医疗服务行为'); // （六）2.
    call('tasks:move', { taskId: moved, parentId: target, beforeId: before });
    const tasks = plan().tasks;
    const under = tasks.filter((t) => t.parentId === target).map((t) => t.title);
    expect(under).toEqual(['强化成本核算与控制', '建立财政分类补助机制', '规范医疗服务行为', '控制医疗费用不合理增长', '改善医疗服务']);
    const i = tasks.findIndex((t) => t.id === moved);
    expect(tasks.slice(i + 1, i + 3).map((t) => t.title)).toEqual(['建立财政分类补助机制', '保障医保基金可持续']);
    expectTreeOrder('banan-2017');
    expect(JSON.parse(lastAudit().after_json!)).toMatchObject({ parent_id: target });

    call('tasks:move', { taskId: moved, parentId: null });
    const top = plan().tasks.filter((t) => t.parentId === null && t.kind === 'task').map((t) => t.title);
    expect(top.at(-1)).toBe('建立财政分类补助机制');
    expectTreeOrder('banan-2017');
  });

  it('refuses a move under itself or its own subtask, beside a row of another level, or into another plan', () => {
    const part = taskId('改革内容');
    const inner = taskId('同步调整医保报销政策');
    refused('tasks:move', { taskId: part, parentId: part }, /它自己或它的下级任务之下/);
    refused('tasks:move', { taskId: part, parentId: inner }, /它自己或它的下级任务之下/);
    refused('tasks:move', { taskId: inner, parentId: part, beforeId: taskId('定额报销诊察费') }, /不在目标位置的同一层/);
    refused('tasks:move', { taskId: inner, parentId: inner }, /它自己或它的下级任务之下/);
    const other = core().db.prepare("SELECT id FROM tasks WHERE plan_id = 'yubei-2022' LIMIT 1").pluck().get();
    refused('tasks:move', { taskId: inner, parentId: other }, /属于另一个方案/);
    refused('tasks:move', { taskId: inner, parentId: taskId('正式启动改革') }, /只能移到同类条目之下/);
    refused('tasks:move', { taskId: 999999, parentId: null }, /找不到任务/);
  });
});

describe('tasks:delete', () => {
  it('removes the task, its subtasks and their notes, and audits each removed row', () => {
    const id = taskId('加强药品供应保障'); // （五）with three subtasks
    const sub = taskId('加强药品供应管理');
    call('progress:add', { taskIds: [sub], enteredOn: '2017-08-20', body: '已摸底库存', status: 'in_progress' });
    const audits = core().db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
    expect(call('tasks:delete', { taskId: id })).toEqual({ deleted: 4 });
    expect(core().db.prepare('SELECT COUNT(*) FROM tasks WHERE id IN (?, ?)').pluck().get(id, sub)).toBe(0);
    expect(core().db.prepare('SELECT COUNT(*) FROM progress_entries WHERE task_id = ?').pluck().get(sub)).toBe(0);
    const rows = core().db.prepare('SELECT action, entity, entity_id, before_json FROM audit_log WHERE id > ?').all(audits) as {
      action: string; entity: string; entity_id: string; before_json: string;
    }[];
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.action === 'delete' && r.entity === 'task')).toBe(true);
    const kept = JSON.parse(rows.find((r) => r.entity_id === String(sub))!.before_json);
    expect(kept).toMatchObject({ title: '加强药品供应管理', progress: [{ body: '已摸底库存' }] });
    expectTreeOrder('banan-2017');
  });

  it('refuses an unknown task', () => {
    refused('tasks:delete', { taskId: 999999 }, /找不到任务/);
  });
});

describe('plans:create', () => {
  it('creates a hand-made plan and returns its list entry; tasks can be added to it', () => {
    const made = call<PlanSummary>('plans:create', { title: '巴南区 2024 年深化医改重点任务', scope: '巴南区', docNumber: '巴南医改办〔2024〕1 号' });
    expect(made).toMatchObject({ title: '巴南区 2024 年深化医改重点任务', scope: '巴南区', docNumber: '巴南医改办〔2024〕1 号', issuer: null, taskCount: 0 });
    expect(made.id).toMatch(/^plan-\d{8}-[0-9a-f]{4}$/);
    expect(core().db.prepare('SELECT origin FROM plans WHERE id = ?').pluck().get(made.id)).toBe('manual');
    expect(call<PlanSummary[]>('plans:list', {}).map((p) => p.id)).toContain(made.id);
    expect(lastAudit()).toMatchObject({ action: 'create', entity: 'plan', entity_id: made.id });

    const part = call<{ id: number }>('tasks:create', { planId: made.id, code: '一、', title: '公立医院改革' }).id;
    call('tasks:create', { planId: made.id, parentId: part, code: '1.', title: '药品耗材集中采购', dueOn: '2024-06-30' });
    expect(call<PlanSummary[]>('plans:list', {}).find((p) => p.id === made.id)?.counts).toEqual({ headings: 1, tasks: 1, timeline: 0, duties: 0 });
    expectTreeOrder(made.id);
  });

  it('refuses a plan without a title or a scope', () => {
    refused('plans:create', { title: '', scope: '巴南区' }, /方案名称不能为空/);
    refused('plans:create', { title: '甲', scope: ' ' }, /适用范围/);
  });
});
