// banan-2017's annex tables: 工作组责任分工表 (groups, their units and duties) and 工作组组建方案
// (each group's roster: 组长, 副组长, 成员).
import { ownerKindLabels, type ContactOwnerDto } from '../../../shared/assignments';
import type { GroupDto } from '../../../shared/dto';
import type { RankingRow } from '../../assignments/followup-ranking';
import type { SheetRow, SheetSpec } from '../sheet-spec';

export const groupsSpec: SheetSpec = {
  sheetName: '工作组责任分工表',
  columns: [
    { key: 'no', header: '序号', width: 6, align: 'center' },
    { key: 'group', header: '工作组', width: 20 },
    { key: 'lead', header: '牵头单位', width: 20 },
    { key: 'members', header: '成员单位', width: 36 },
    { key: 'duties', header: '主要职责', width: 60 },
  ],
};

export const rosterSpec: SheetSpec = {
  sheetName: '工作组组建方案',
  columns: [
    { key: 'group', header: '工作组', width: 22 },
    { key: 'role', header: '职务', width: 10, align: 'center' },
    { key: 'person', header: '姓名', width: 12, align: 'center' },
    { key: 'post', header: '现任职务', width: 36 },
    { key: 'phone', header: '联系电话', width: 16, align: 'center' },
  ],
};

const roleLabels = { leader: '组长', deputyLeader: '副组长', member: '成员' } as const;

export function groupRows(groups: GroupDto[]): SheetRow[] {
  return groups.map((g, i) => ({
    cells: {
      no: i + 1, group: g.name,
      lead: g.leadUnits.map((u) => u.writtenName).join('、') || (g.leadUnitsText ?? ''),
      members: g.memberUnits.map((u) => u.writtenName).join('、') || (g.memberUnitsText ?? ''),
      duties: g.duties ?? '',
    },
  }));
}

export function rosterRows(groups: GroupDto[]): SheetRow[] {
  const out: SheetRow[] = [];
  for (const g of groups) {
    const entries = g.roster.length ? g.roster : [];
    if (!entries.length) {
      out.push({ cells: { group: g.name, role: '', person: '', post: g.rosterMembersText ?? '（名单未定）', phone: '' } });
      continue;
    }
    entries.forEach((e, i) => out.push({
      cells: { group: g.name, role: roleLabels[e.role], person: e.person ?? '', post: e.post ?? '', phone: e.phone ?? '' },
      spans: i === 0 && entries.length > 1 ? { group: entries.length } : undefined,
    }));
  }
  return out;
}

export const followUpRankingSpec: SheetSpec = {
  sheetName: '督办情况通报',
  columns: [
    { key: 'rank', header: '排名', width: 6, align: 'center' },
    { key: 'name', header: '牵头单位（工作组）', width: 26 },
    { key: 'due', header: '期内应完成', width: 10, align: 'center' },
    { key: 'onTime', header: '按时完成', width: 10, align: 'center' },
    { key: 'lateDone', header: '逾期完成', width: 10, align: 'center' },
    { key: 'overdue', header: '合计', width: 10, align: 'center' },
    { key: 'urge', header: '其中督办', width: 10, align: 'center' },
    { key: 'notify', header: '其中通报', width: 10, align: 'center' },
    { key: 'rate', header: '按时完成率', width: 12, align: 'center' },
  ],
  groups: [['逾期未完成', 'overdue', 'notify']],
};

export function followUpRankingRows(rows: RankingRow[]): SheetRow[] {
  return rows.map((r) => ({
    cells: {
      rank: r.rank, name: r.name, due: r.due, onTime: r.onTime, lateDone: r.lateDone, overdue: r.overdue, urge: r.urge, notify: r.notify,
      rate: r.onTimeRate === null ? '—' : `${(r.onTimeRate * 100).toFixed(1)}%`,
    },
    alert: r.overdue ? ['overdue'] : undefined,
  }));
}

/** 联系人, exported with the roster and read back by the contacts import (by these headers). */
export const contactsSpec: SheetSpec = {
  sheetName: '联系人',
  columns: [
    { key: 'kind', header: '类别', width: 8, align: 'center' },
    { key: 'owner', header: '单位或工作组', width: 26 },
    { key: 'name', header: '联系人', width: 12, align: 'center' },
    { key: 'post', header: '职务', width: 20 },
    { key: 'officePhone', header: '办公电话', width: 16, align: 'center' },
    { key: 'mobile', header: '手机', width: 16, align: 'center' },
  ],
};

/** One row per contact; an owner without contacts gets one empty row to fill in. */
export function contactRows(owners: ContactOwnerDto[]): SheetRow[] {
  return owners.flatMap((o) => {
    const kind = ownerKindLabels[o.kind];
    if (!o.contacts.length) return [{ cells: { kind, owner: o.name, name: '', post: '', officePhone: '', mobile: '' } }];
    return o.contacts.map((c) => ({ cells: { kind, owner: o.name, name: c.name, post: c.post ?? '', officePhone: c.officePhone ?? '', mobile: c.mobile ?? '' } }));
  });
}
