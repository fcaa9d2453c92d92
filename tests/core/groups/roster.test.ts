// A working group's roster replaced as a whole and read back through groups:list; refusals
// (unknown group, unknown unit, bad input) change nothing.
import { describe, expect, it } from 'vitest';
import type { GroupDto } from '../../../electron/shared/dto';
import { useSeededCore } from '../../helpers/core';

const { core, value, refused: refusedOn } = useSeededCore('roster');
const refused = (input: unknown, code: string, message: RegExp) => refusedOn('groups:updateRoster', input, code, message);

const groupsOf = (planId: string) => value<GroupDto[]>('groups:list', { planId });
const medicalInsurance = () => {
  const g = groupsOf('banan-2017').find((x) => x.name === '医保工作组');
  if (!g) throw new Error('没有医保工作组');
  return g;
};
const unitId = (name: string) => core().db.prepare("SELECT id FROM units WHERE scope = '巴南区' AND name = ?").pluck().get(name) as number;

describe('groups:updateRoster', () => {
  it('replaces the roster of banan-2017’s 医保工作组 in the order given', () => {
    const group = medicalInsurance();
    expect(group.roster.map((r) => r.person)).toEqual(['刘莉', '胡进']);
    const others = groupsOf('banan-2017').filter((g) => g.id !== group.id);
    const entries = [
      { role: 'leader', person: ' 刘莉 ', post: '区人力社保局局长', phone: '023-66220000', unitId: unitId('区人力社保局') },
      { role: 'deputyLeader', person: '胡进', post: '区社保局局长', unitId: unitId('区社保局') },
      { role: 'member', person: '陈明', post: '', phone: null, unitId: null },
      { role: 'member', person: '周红', post: '区财政局社保科科长', phone: '13800000000', unitId: unitId('区财政局') },
    ];
    const updated = value<GroupDto>('groups:updateRoster', { groupId: group.id, entries });
    const expected = [
      { role: 'leader', person: '刘莉', post: '区人力社保局局长', phone: '023-66220000', unitId: unitId('区人力社保局') },
      { role: 'deputyLeader', person: '胡进', post: '区社保局局长', phone: null, unitId: unitId('区社保局') },
      { role: 'member', person: '陈明', post: null, phone: null, unitId: null },
      { role: 'member', person: '周红', post: '区财政局社保科科长', phone: '13800000000', unitId: unitId('区财政局') },
    ];
    expect(updated.roster).toEqual(expected);
    expect(medicalInsurance().roster).toEqual(expected);
    expect(medicalInsurance()).toEqual({ ...group, roster: expected });
    expect(groupsOf('banan-2017').filter((g) => g.id !== group.id)).toEqual(others);

    const audit = core().db.prepare("SELECT entity, entity_id, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1").get() as {
      entity: string; entity_id: string; before_json: string; after_json: string;
    };
    expect(audit).toMatchObject({ entity: 'group_roster', entity_id: String(group.id) });
    expect(JSON.parse(audit.before_json).roster.map((x: { person: string }) => x.person)).toEqual(['刘莉', '胡进']);
    expect(JSON.parse(audit.after_json).roster).toEqual(expected);
  });

  it('may empty a roster', () => {
    expect(value<GroupDto>('groups:updateRoster', { groupId: medicalInsurance().id, entries: [] }).roster).toEqual([]);
    expect(medicalInsurance().roster).toEqual([]);
  });

  it('refuses an unknown group, an unknown unit and bad entries, changing nothing', () => {
    const groupId = medicalInsurance().id;
    refused({ groupId: 99999, entries: [] }, 'not_found', /找不到编号为 99999 的工作组/);
    refused({ groupId, entries: [{ role: 'member', person: '陈明' }, { role: 'member', person: '周红', unitId: 99999 }] }, 'not_found',
      /第 2 行（周红）所选的单位不存在/);
    refused({ groupId, entries: [{ role: 'chair', person: '陈明' }] }, 'invalid_input', /职务应为 组长、副组长 或 成员/);
    refused({ groupId, entries: [{ role: 'member', person: '  ' }] }, 'invalid_input', /姓名不能为空/);
    refused({ groupId, entries: [{ role: 'member', person: '陈明', phone: '1'.repeat(41) }] }, 'invalid_input', /电话不超过 40 个字/);
    refused({ groupId, entries: [{ role: 'member', person: '陈明', extra: 1 }] }, 'invalid_input', /输入内容不符合要求/);
  });
});
