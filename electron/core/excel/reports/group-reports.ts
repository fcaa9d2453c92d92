// banan-2017's annex tables: 工作组责任分工表 (groups, their units and duties) and 工作组组建方案
// (each group's roster: 组长, 副组长, 成员).
import type { GroupDto } from '../../../shared/dto';
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
