// One template field as a form control, by its type. Values are stored as text, number, yes/no or null (not answered).
import { Field as FluentField, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import type { FieldValue } from '../../../../../electron/common/case/structure-model';
import type { Field } from '../../../../../electron/common/template/template-schema';
import { tabOutOfDate } from '../../../components/fields';

export interface FieldInputProps {
  field: Field;
  value: FieldValue | undefined;
  required: boolean;
  onChange: (value: FieldValue) => void;
}

function numberProblem(field: Extract<Field, { type: 'number' }>, text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) return 'Enter a number.';
  if (field.integer && !Number.isInteger(n)) return 'Enter a whole number.';
  if (field.min !== undefined && n < field.min) return `Enter ${field.min} or more.`;
  if (field.max !== undefined && n > field.max) return `Enter ${field.max} or less.`;
  return undefined;
}

export function FieldInput({ field, value, required, onChange }: FieldInputProps) {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const common = { label: field.label, hint: field.help, required };
  const blankToNull = (v: string): FieldValue => (v.trim() === '' ? null : v);

  switch (field.type) {
    case 'text':
      return (
        <FluentField {...common}>
          <Input value={text} maxLength={field.maxLength} onChange={(_, d) => onChange(blankToNull(d.value))} />
        </FluentField>
      );
    case 'longtext':
      return (
        <FluentField {...common}>
          <Textarea value={text} resize="vertical" rows={3} onChange={(_, d) => onChange(blankToNull(d.value))} />
        </FluentField>
      );
    case 'date':
      return (
        <FluentField {...common}>
          <Input
            type="date"
            onKeyDown={tabOutOfDate}
            value={text}
            max="2200-12-31"
            onChange={(_, d) => onChange(blankToNull(d.value))}
          />
        </FluentField>
      );
    case 'number': {
      const problem = numberProblem(field, text);
      return (
        <FluentField {...common} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
          <Input
            type="number"
            value={text}
            contentAfter={field.unit}
            onChange={(_, d) => {
              const n = Number(d.value);
              // A number out of range is kept on screen with its message but never saved.
              if (d.value.trim() === '') onChange(null);
              else if (!numberProblem(field, d.value)) onChange(n);
            }}
          />
        </FluentField>
      );
    }
    case 'choice':
      return (
        <FluentField {...common}>
          <Select value={text} onChange={(_, d) => onChange(blankToNull(d.value))}>
            <option value="">Choose…</option>
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </FluentField>
      );
    case 'yes-no':
      return (
        <FluentField {...common}>
          <RadioGroup
            layout="horizontal"
            value={value === true ? 'yes' : value === false ? 'no' : ''}
            onChange={(_, d) => onChange(d.value === 'yes')}
          >
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </FluentField>
      );
    default: {
      const unhandled: never = field;
      return <>{String(unhandled)}</>;
    }
  }
}
