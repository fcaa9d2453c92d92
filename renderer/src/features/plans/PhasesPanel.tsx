import { Timeline, Typography } from 'antd';
import type { PlanPhaseDto } from '../../../../electron/shared/dto';

export function PhasesPanel({ phases }: { phases: PlanPhaseDto[] }) {
  return (
    <Timeline
      items={phases.map((p) => ({
        children: (
          <>
            <Typography.Text strong>
              {p.name}（{p.startOn} 至 {p.endOn}）
            </Typography.Text>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
              {p.text}
            </Typography.Paragraph>
            {p.milestones.length > 0 && (
              <ul style={{ margin: 0 }}>
                {p.milestones.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )}
          </>
        ),
      }))}
    />
  );
}
