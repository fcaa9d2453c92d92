// A form field for a whole number in a range with its unit (天, 份): the rule, the message and the
// input agree on the range, and the input is labelled for screen readers and tests.
import { Form, InputNumber } from 'antd';
import type { NamePath } from 'antd/es/form/interface';

type Props = { name: NamePath; label: string; ariaLabel: string; min: number; max: number; unit: string };

export function WholeNumberItem({ name, label, ariaLabel, min, max, unit }: Props) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, type: 'integer', min, max, message: `请填 ${min} 至 ${max} 的整数` }]}>
      <InputNumber aria-label={ariaLabel} min={min} max={max} precision={0} addonAfter={unit} />
    </Form.Item>
  );
}
