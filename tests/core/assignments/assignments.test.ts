// 交办清单 from draft to 销号: drafting with its checks and numbering, issuing into the ledger (and
// the standing plan), 签收, 反馈 as progress, 销号 only after the lead reported 已办结, 督办 levels
// rising as the as-of date moves, and 联系人 on every lead.
import { describe, expect, it } from 'vitest';
import type { AssignmentListDto, ContactOwnerDto, IssuedDto, OverdueDto } from '../../../electron/shared/assignments';
import type { LedgerResult } from '../../../electron/shared/ledger';
import { useSeededCore } from '../../helpers/core';

const { core, value, refused, call } = useSeededCore('assignments');
const db = () => core().db;
const unit = (name: string) => db().prepare("SELECT id FROM units WHERE scope = '巴南区' AND name = ?").pluck().get(name) as number;
const group = (name: string) => db().prepare("SELECT id FROM working_groups WHERE plan_id = 'banan-2017' AND name = ?").pluck().get(name) as number;
const lead = (kind: 'unit' | 'group', id: number) => ({ kind, id, role: 'lead' as const });
const coop = (kind: 'unit' | 'group', id: number) => ({ kind, id, role: 'cooperating' as const });

const list = (over: Record<string, unknown> = {}) => ({
  planId: 'banan-2017', title: '区政府常务会议交办事项', assignedOn: '2017-09-05', sourceKind: 'meeting', sourceText: '区政府第12次常务会议',
  items: [
    { title: '拨付改革补助资金', deadlineText: '9月15日前', recipients: [lead('unit', unit('区财政局')), coop('group', group('财政保障组'))] },
    { title: '开展价格调整宣传', dueOn: '2017-09-10', recipients: [lead('group', group('宣传舆情导控组')), coop('unit', unit('区委宣传部'))] },
  ],
  ...over,
});

describe('drafting a 交办清单', () => {
  it('numbers lists by the year of their 交办 date and keeps a draft editable as a whole', () => {
    const a = value<AssignmentListDto>('assignments:save', { list: list() });
    const b = value<AssignmentListDto>('assignments:save', { list: list({ title: '第二份' }) });
    expect([a.number, b.number]).toEqual(['〔2017〕1号', '〔2017〕2号']);
    expect(a.items.map((i) => [i.title, i.dueOn])).toEqual([['拨付改革补助资金', '2017-09-15'], ['开展价格调整宣传', '2017-09-10']]);
    expect(a.recipients.map((r) => r.name)).toEqual(['区财政局', '财政保障组', '宣传舆情导控组', '区委宣传部']);
    const edited = value<AssignmentListDto>('assignments:save', { listId: b.id, list: list({ title: '第二份（改）', items: [list().items[0]] }) });
    expect([edited.number, edited.title, edited.items.length, edited.recipients.length]).toEqual(['〔2017〕2号', '第二份（改）', 1, 2]);
    expect(value('assignments:delete', { listId: b.id })).toEqual({ deleted: 1 });
    expect(call('assignments:get', { listId: b.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it.each([
    ['no lead', { items: [{ title: '甲', dueOn: '2017-09-10', recipients: [coop('unit', 1)] }] }, /应有且只有一个牵头单位/],
    ['two leads', { items: [{ title: '甲', dueOn: '2017-09-10', recipients: [lead('unit', 12), lead('unit', 9)] }] }, /应有且只有一个牵头单位/],
    ['a unit twice', { items: [{ title: '甲', dueOn: '2017-09-10', recipients: [lead('unit', 12), coop('unit', 12)] }] }, /列了两次/],
    ['an unreadable deadline', { items: [{ title: '甲', deadlineText: '尽快', recipients: [lead('unit', 12)] }] }, /无法识别为日期/],
    ['a deadline before the 交办 date', { items: [{ title: '甲', dueOn: '2017-09-01', recipients: [lead('unit', 12)] }] }, /早于交办日期/],
    ['no items', { items: [] }, /至少要有一项/],
    ['no source', { sourceText: ' ' }, /交办依据.*不能为空/],
  ])('refuses %s in Chinese and changes nothing', (_name, over, message) => {
    refused('assignments:save', { list: list(over) }, 'invalid_input', message);
  });

  it('refuses a unit that is not in the directory', () => {
    refused('assignments:save', { list: list({ items: [{ title: '甲', dueOn: '2017-09-10', recipients: [lead('unit', 99999)] }] }) }, 'not_found', /找不到编号为 99999 的单位/);
  });
});

describe('issuing, 签收, 反馈 and 销号', () => {
  let issued: IssuedDto;
  let listDto: AssignmentListDto;
  const ledgerRow = (id: number, asOf = '2017-09-08') => value<LedgerResult>('ledger:list', { planId: 'banan-2017', asOf }).rows.find((r) => r.id === id)!;

  it('puts the tasks into the plan’s ledger under one heading, with units, groups and deadlines', () => {
    const draft = value<AssignmentListDto>('assignments:save', { list: list() });
    issued = value<IssuedDto>('assignments:issue', { listId: draft.id });
    expect(issued.taskIds).toHaveLength(2);
    const heading = ledgerRow(issued.headingTaskId);
    expect(heading.title).toBe(`交办清单${draft.number}：区政府常务会议交办事项`);
    const [first, second] = issued.taskIds.map((id) => ledgerRow(id));
    expect(first).toMatchObject({ parentId: issued.headingTaskId, code: '1', due: '2017-09-15', leadUnits: [{ name: '区财政局' }], groups: [{ name: '财政保障组' }] });
    expect(second).toMatchObject({ code: '2', due: '2017-09-10', leadUnits: [], cooperatingUnits: [{ name: '区委宣传部' }], groups: [{ name: '宣传舆情导控组' }] });
    listDto = value<AssignmentListDto>('assignments:get', { listId: draft.id });
    expect(listDto.status).toBe('issued');
    refused('assignments:issue', { listId: draft.id }, 'conflict', /不能重复交办/);
    refused('assignments:save', { listId: draft.id, list: list() }, 'conflict', /已交办，不能再修改/);
    refused('assignments:delete', { listId: draft.id }, 'conflict', /不能删除/);
  });

  it('records 签收 and refuses times it cannot trust', () => {
    const r = listDto.recipients.find((x) => x.name === '区财政局')!;
    const after = value<AssignmentListDto>('assignments:sign', { recipientId: r.recipientId, signedAt: '2017-09-05 16:20', signedBy: '王芳' });
    expect(after.recipients.find((x) => x.recipientId === r.recipientId)).toMatchObject({ signedAt: '2017-09-05T16:20:00', signedBy: '王芳', signSource: 'manual' });
    refused('assignments:sign', { recipientId: r.recipientId, signedAt: '9月5日下午', signedBy: '王芳' }, 'invalid_input', /无法识别/);
    refused('assignments:sign', { recipientId: r.recipientId, signedAt: '2017-09-04 10:00', signedBy: '王芳' }, 'invalid_input', /早于交办日期/);
    refused('assignments:sign', { recipientId: r.recipientId, signedAt: '2099-01-01 10:00', signedBy: '王芳' }, 'invalid_input', /不能晚于现在/);
  });

  it('writes feedback to the task as progress, but only the office’s 销号 after the lead’s 已办结 makes it 已完成', () => {
    const [item1] = listDto.items;
    const fin = listDto.recipients.find((x) => x.name === '区财政局')!;
    const grp = listDto.recipients.find((x) => x.name === '财政保障组')!;
    refused('progress:add', { taskIds: [item1!.taskId], enteredOn: '2017-09-08', body: '完成', status: 'done' }, 'invalid_input', /是交办事项.*销号/);
    refused('assignments:close', { itemId: item1!.id, closedOn: '2017-09-08' }, 'invalid_input', /还没有反馈已办结/);
    value('assignments:feedback', { itemId: item1!.id, recipientId: fin.recipientId, reportedOn: '2017-09-07', body: '已拨付首批资金 500 万元', status: 'in_progress' });
    expect(ledgerRow(item1!.taskId!)).toMatchObject({ status: 'in_progress', latestProgress: { body: '【区财政局反馈】已拨付首批资金 500 万元' } });
    // A cooperating group's 已办结 is its own part; the task still waits for the lead.
    value('assignments:feedback', { itemId: item1!.id, recipientId: grp.recipientId, reportedOn: '2017-09-08', body: '配合工作完成', status: 'done' });
    refused('assignments:close', { itemId: item1!.id, closedOn: '2017-09-08' }, 'invalid_input', /还没有反馈已办结/);
    refused('assignments:feedback', { itemId: item1!.id, recipientId: fin.recipientId, reportedOn: '2017-09-07', body: '已拨付首批资金 500 万元', status: 'in_progress' }, 'conflict', /已经登记过/);
    refused('assignments:feedback', { itemId: listDto.items[1]!.id, recipientId: fin.recipientId, reportedOn: '2017-09-07', body: '甲', status: 'done' }, 'invalid_input', /没有交办给区财政局/);
    const reported = value<AssignmentListDto>('assignments:feedback', { itemId: item1!.id, recipientId: fin.recipientId, reportedOn: '2017-09-12', body: '资金全部拨付', status: 'done' });
    expect(reported.items[0]).toMatchObject({ leadReportedDone: true, closedOn: null });
    expect(ledgerRow(item1!.taskId!, '2017-09-12').status).toBe('in_progress');
    refused('assignments:close', { itemId: item1!.id, closedOn: '2017-09-11' }, 'invalid_input', /不能早于牵头单位反馈办结的日期 2017-09-12/);
    const closed = value<AssignmentListDto>('assignments:close', { itemId: item1!.id, closedOn: '2017-09-13' });
    expect(closed.items[0]).toMatchObject({ closedOn: '2017-09-13', ledger: { status: 'done' } });
    expect(ledgerRow(item1!.taskId!, '2017-09-13')).toMatchObject({ status: 'done', completedOn: '2017-09-13' });
    refused('assignments:feedback', { itemId: item1!.id, recipientId: fin.recipientId, reportedOn: '2017-09-14', body: '又一条', status: 'in_progress' }, 'conflict', /已于 2017-09-13 销号/);
  });

  it('raises an unfinished task through 提醒, 督办 and 通报 as the as-of date moves, naming the lead and its contacts', () => {
    value<ContactOwnerDto>('contacts:set', { owner: { kind: 'group', id: group('宣传舆情导控组') }, contacts: [{ name: '刘洋', post: '区委宣传部新闻科科长', officePhone: '023-66230000', mobile: '13700004444' }] });
    const taskId = listDto.items[1]!.taskId!;
    const at = (asOf: string) => value<OverdueDto[]>('followups:list', { planId: 'banan-2017', asOf }).find((o) => o.taskId === taskId);
    expect(at('2017-09-10')).toBeUndefined();
    expect(at('2017-09-11')).toMatchObject({ daysLate: 1, level: 'remind', assignment: { number: listDto.number } });
    expect(at('2017-09-16')).toMatchObject({ daysLate: 6, level: 'remind' });
    expect(at('2017-09-17')).toMatchObject({ daysLate: 7, level: 'urge' });
    expect(at('2017-09-25')).toMatchObject({ daysLate: 15, level: 'notify' });
    expect(at('2017-09-25')!.leads).toEqual([{ kind: 'group', id: group('宣传舆情导控组'), name: '宣传舆情导控组', contacts: [{ name: '刘洋', post: '区委宣传部新闻科科长', officePhone: '023-66230000', mobile: '13700004444' }] }]);
    // The closed item is 已完成 and never overdue.
    expect(value<OverdueDto[]>('followups:list', { asOf: '2017-10-30' }).some((o) => o.taskId === listDto.items[0]!.taskId)).toBe(false);
  });

  it('issues a list given whole (as assign --file does) into the standing plan 日常交办事项 when it names none', () => {
    const before = db().prepare('SELECT COUNT(*) FROM plans').pluck().get() as number;
    const out = value<IssuedDto>('assignments:issue', { list: list({ planId: undefined, title: '领导批示事项', sourceKind: 'leader', sourceText: '区长批示' }) });
    expect(out.planId).toBe('standing-assignments');
    expect(db().prepare('SELECT COUNT(*) FROM plans').pluck().get()).toBe(before + 1);
    expect(db().prepare("SELECT title FROM plans WHERE id = 'standing-assignments'").pluck().get()).toBe('日常交办事项');
    const again = value<IssuedDto>('assignments:issue', { list: list({ planId: null, title: '又一份' }) });
    expect(again.planId).toBe('standing-assignments');
    expect(db().prepare('SELECT COUNT(*) FROM plans').pluck().get()).toBe(before + 1);
    const rows = value<LedgerResult>('ledger:list', { planId: 'standing-assignments', asOf: '2017-09-08' }).rows;
    expect(rows.filter((r) => r.isHeading).map((r) => r.title)).toEqual([expect.stringMatching(/^交办清单〔2017〕\d+号：领导批示事项$/), expect.stringMatching(/又一份$/)]);
  });
});

describe('联系人', () => {
  it('are replaced as a whole per unit or group, audited, and refused for an unknown owner', () => {
    const id = unit('区卫生计生委');
    const set = value<ContactOwnerDto>('contacts:set', { owner: { kind: 'unit', id }, contacts: [{ name: '张三', post: '医政科科长', officePhone: '', mobile: '13500005555' }, { name: '李四' }] });
    expect(set.contacts).toEqual([{ name: '张三', post: '医政科科长', officePhone: null, mobile: '13500005555' }, { name: '李四', post: null, officePhone: null, mobile: null }]);
    value('contacts:set', { owner: { kind: 'unit', id }, contacts: [{ name: '王五' }] });
    const listed = value<ContactOwnerDto[]>('contacts:list', {}).find((o) => o.kind === 'unit' && o.id === id)!;
    expect(listed.contacts.map((c) => c.name)).toEqual(['王五']);
    // …and wherever the unit appears: the unit directory carries them too.
    expect(value<{ id: number; contacts: { name: string }[] }[]>('units:list', {}).find((u) => u.id === id)!.contacts.map((c) => c.name)).toEqual(['王五']);
    refused('contacts:set', { owner: { kind: 'group', id: 99999 }, contacts: [] }, 'not_found', /找不到编号为 99999 的工作组/);
    refused('contacts:set', { owner: { kind: 'unit', id }, contacts: [{ name: '' }] }, 'invalid_input', /联系人姓名不能为空/);
  });
});
