import { Descriptions, Table, Typography } from 'antd';
import type { RegimeDto } from '../../../../electron/shared/dto';
import { frequencyLabels } from './format';

/** The reporting regime as the plan sets it: phases, who reports, where summaries go. */
export function RegimePanel({ regime }: { regime: RegimeDto }) {
  const units = regime.reportingUnits.filter((r) => r.kind === 'unit').map((r) => r.name);
  const groups = regime.reportingUnits.filter((r) => r.kind === 'group').map((r) => r.name);
  return (
    <>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="制度">{regime.name}</Descriptions.Item>
        <Descriptions.Item label="改革启动日期">{regime.startOn}</Descriptions.Item>
        <Descriptions.Item label="报送对象">{regime.recipient}</Descriptions.Item>
        <Descriptions.Item label="报送单位">{units.length} 个单位、{groups.length} 个工作组</Descriptions.Item>
        <Descriptions.Item label="报送单位名单" span={2}>{units.join('、')}</Descriptions.Item>
        {groups.length > 0 && <Descriptions.Item label="报送工作组" span={2}>{groups.join('、')}</Descriptions.Item>}
        {regime.summaries.map((s, i) => (
          <Descriptions.Item key={i} label={`汇总（${frequencyLabels[s.frequency]}）`} span={2}>
            报送 {s.to.join('、')}：{s.text}
          </Descriptions.Item>
        ))}
        {regime.incidentRule && <Descriptions.Item label="专报" span={2}>{regime.incidentRule}</Descriptions.Item>}
      </Descriptions>
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={regime.phases}
        columns={[
          { title: '阶段', dataIndex: 'name', width: 140 },
          { title: '频次', dataIndex: 'frequency', width: 70, render: (f: RegimeDto['phases'][number]['frequency']) => frequencyLabels[f] },
          { title: '起', dataIndex: 'startOn', width: 110 },
          { title: '止', dataIndex: 'endOn', width: 110, render: (d: string | null) => d ?? '—' },
          { title: '原文', dataIndex: 'text' },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {regime.text}
      </Typography.Paragraph>
    </>
  );
}
