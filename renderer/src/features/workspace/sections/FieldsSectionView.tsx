// A template's structured fields (in a fields section, or above a narrative), each saved as a case field value.
import type { FieldValue } from '../../../../../electron/common/case/structure-model';
import { isFieldIncluded, isFieldRequired } from '../../../../../electron/common/template/conditions';
import type { TemplateValues } from '../../../../../electron/common/template/resolve-placeholders';
import type { Section } from '../../../../../electron/common/template/template-schema';
import { FieldInput } from './FieldInput';

export interface FieldsSectionViewProps {
  section: Section;
  values: TemplateValues;
  onChange: (patch: Record<string, FieldValue>) => void;
}

export function FieldsSectionView({ section, values, onChange }: FieldsSectionViewProps) {
  if (section.kind !== 'fields' && section.kind !== 'narrative') return null;
  const shown = section.fields.filter((f) => isFieldIncluded(f, section, values));
  if (shown.length === 0) return null;
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 720 }}>
      {shown.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          value={values[field.id] as FieldValue | undefined}
          required={isFieldRequired(field, section, values)}
          onChange={(value) => onChange({ [field.id]: value })}
        />
      ))}
    </div>
  );
}
