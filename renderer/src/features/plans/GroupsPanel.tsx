import { Collapse, Descriptions, List, Typography } from 'antd';
import type { GroupDto, TaskDto } from '../../../../electron/shared/dto';
import { SupervisionTable } from '../groups/SupervisionTable';

const roleLabels = { leader: '组长', deputyLeader: '副组长', member: '成员' } as const;

/** The working groups: lead and member units, roster, duties and (一院一组) supervision teams. */
export function GroupsPanel({ groups, tasks }: { groups: GroupDto[]; tasks: TaskDto[] }) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return (
    <Collapse
      defaultActiveKey={groups.slice(0, 1).map((g) => g.id)}
      items={groups.map((g) => ({
        key: g.id,
        label: (
          <span>
            {g.code} {g.name}
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              牵头：{g.leadUnits.map((u) => u.writtenName).join('、') || g.leadUnitsText}
            </Typography.Text>
          </span>
        ),
        children: <GroupDetail group={g} duties={g.dutyTaskIds.map((id) => byId.get(id)).filter((t) => !!t)} timeline={g.timelineTaskIds.length} />,
      }))}
    />
  );
}

function GroupDetail({ group: g, duties, timeline }: { group: GroupDto; duties: TaskDto[]; timeline: number }) {
  return (
    <>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="牵头部门">{g.leadUnitsText}</Descriptions.Item>
        <Descriptions.Item label="成员部门">{g.memberUnitsText}</Descriptions.Item>
        <Descriptions.Item label="工作职责">{g.duties}</Descriptions.Item>
        {g.roster.map((r, i) => (
          <Descriptions.Item key={i} label={roleLabels[r.role]}>
            {[r.person, r.post].filter(Boolean).join('　')}
          </Descriptions.Item>
        ))}
        {g.rosterMembersText && <Descriptions.Item label="组建方案成员">{g.rosterMembersText}</Descriptions.Item>}
        <Descriptions.Item label="时序安排">{timeline} 项</Descriptions.Item>
      </Descriptions>
      {duties.length > 0 && (
        <List
          size="small"
          header={<b>责任分工（{duties.length} 项）</b>}
          dataSource={duties}
          renderItem={(t) => (
            <List.Item>
              {t.code} {t.title}
              {t.body ?? ''}
            </List.Item>
          )}
        />
      )}
      <SupervisionTable teams={g.supervisionTeams} />
    </>
  );
}
