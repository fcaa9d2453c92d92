import { Card, Empty } from 'antd';
import { useNav } from '../../stores/nav-store';

/** Areas whose screens come in later versions say so plainly and point to what works now. */
export function ComingSoon({ title }: { title: string }) {
  const go = useNav((s) => s.go);
  return (
    <Card title={title}>
      <Empty
        description={
          <span>
            “{title}”将在后续版本中提供。当前可在
            <a onClick={() => go('plans')}>方案管理</a>
            中查看各方案的任务、工作组、时序安排和指标。
          </span>
        }
      />
    </Card>
  );
}
