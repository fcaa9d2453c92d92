import { Table } from 'antd';
import type { GroupDto } from '../../../../electron/shared/dto';

/** 督导组 (一院一组): one team per hospital, shown wherever a group is shown. */
export function SupervisionTable({ teams }: { teams: GroupDto['supervisionTeams'] }) {
  if (teams.length === 0) return null;
  return (
    <Table
      style={{ marginTop: 12 }}
      size="small"
      rowKey="name"
      pagination={false}
      title={() => <b>督导组（一院一组，{teams.length} 个）</b>}
      dataSource={teams}
      columns={[
        { title: '督导组', dataIndex: 'name', width: 160 },
        { title: '驻点医院', dataIndex: 'hospital', width: 200 },
        { title: '成员', dataIndex: 'membersText' },
      ]}
    />
  );
}
