import { Card, Typography } from 'antd';
import type { RegimeSetupDto } from '../../../../electron/shared/reporting';
import { DaysCard } from './DaysCard';
import { FormsCard } from './FormsCard';
import { PhasesCard } from './PhasesCard';
import { ReportersCard } from './ReportersCard';
import { useReporting } from './reporting-store';

/** 报送制度: the regime as the plan wrote it, and everything the office can set about it. */
export function RegimeEditor({ setup, scope }: { setup: RegimeSetupDto; scope: string | undefined }) {
  const setSetup = useReporting((s) => s.setSetup);
  const changed = useReporting((s) => s.changed);
  const onChange = (s: RegimeSetupDto) => {
    setSetup(s);
    changed();
  };
  return (
    <div>
      <PhasesCard setup={setup} onChange={onChange} />
      <DaysCard setup={setup} onChange={onChange} />
      <ReportersCard setup={setup} scope={scope} onChange={onChange} />
      <FormsCard setup={setup} onChange={onChange} />
      {setup.incidentRule && (
        <Card size="small" title="专报（随时报送）规定">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{setup.incidentRule}</Typography.Paragraph>
        </Card>
      )}
    </div>
  );
}
