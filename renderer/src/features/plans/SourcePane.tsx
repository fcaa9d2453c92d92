import { Input, Typography } from 'antd';
import { useMemo, useState } from 'react';

/** The plan's text as received, beside its tasks; a filter shows only the matching lines. */
export function SourcePane({ text }: { text: string }) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim();
    if (!q) return text;
    return text
      .split('\n')
      .filter((line) => line.includes(q))
      .join('\n');
  }, [text, query]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} aria-label="方案原文">
      <Typography.Text strong style={{ marginBottom: 8 }}>
        原文（按收到的文本显示）
      </Typography.Text>
      <Input.Search allowClear placeholder="在原文中查找" onChange={(e) => setQuery(e.target.value)} style={{ marginBottom: 8 }} />
      <div className="pane-scroll" style={{ background: '#fff', padding: 12, border: '1px solid #f0f0f0' }}>
        <pre className="source-text">{shown || '（没有匹配的行）'}</pre>
      </div>
    </div>
  );
}
