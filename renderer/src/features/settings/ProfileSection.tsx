// The physician profile printed in every report's signature block, declarations and document properties: one form,
// autosaved whenever it is valid, with each problem beside its field. Settings and the first-start setup both show it.
import { Body1, Field, Input, Subtitle1, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  PhysicianProfileSchema,
  type PhysicianProfile,
  type PhysicianProfileInput,
} from '../../../../electron/common/settings/settings-model';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../hooks/use-autosave';
import { settingsApi } from './settings-api';

const useStyles = makeStyles({
  card: { display: 'grid', gap: '10px', paddingBottom: '16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'space-between' },
  grid: { display: 'grid', gap: '12px', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))' },
});

const EMPTY: Required<PhysicianProfileInput> = {
  name: '',
  credentials: '',
  specialty: '',
  qmeNumber: '',
  licenseNumber: '',
  practiceAddress: '',
  defaultCounty: '',
};
const FIELDS: { key: keyof PhysicianProfileInput; label: string; hint?: string }[] = [
  { key: 'name', label: 'Name as signed', hint: 'e.g. Avery J. Example, MD' },
  { key: 'credentials', label: 'Credentials', hint: 'Degrees and board certifications, e.g. MD, FAAOS' },
  { key: 'specialty', label: 'Specialty' },
  { key: 'qmeNumber', label: 'QME number' },
  { key: 'licenseNumber', label: 'Medical license number' },
  {
    key: 'defaultCounty',
    label: 'County where you usually sign',
    hint: 'Used for the Labor Code §4628(j) declaration unless you enter another when signing.',
  },
];

export interface ProfileSectionProps {
  /** The profile as saved (null before the first save). */
  saved: PhysicianProfile | null;
  /** Each valid change, as it is sent to be saved (the first-start setup ticks its items from it). */
  onChange?: (profile: PhysicianProfileInput) => void;
}

export function ProfileSection({ saved, onChange }: ProfileSectionProps) {
  const styles = useStyles();
  const [profile, setProfile] = useState<Required<PhysicianProfileInput>>(() => ({ ...EMPTY, ...saved }));
  const [errors, setErrors] = useState<Partial<Record<keyof PhysicianProfileInput, string>>>({});
  const autosave = useAutosave((p: PhysicianProfileInput) => settingsApi.saveProfile(p));

  const change = (key: keyof PhysicianProfileInput, value: string) => {
    const next = { ...profile, [key]: value };
    setProfile(next);
    const parsed = PhysicianProfileSchema.safeParse(next);
    if (parsed.success) {
      setErrors({});
      autosave.change(next);
      onChange?.(next);
    } else {
      const found: typeof errors = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as keyof PhysicianProfileInput] ??= issue.message;
      setErrors(found);
    }
  };

  return (
    <section className={styles.card} aria-label="Physician profile">
      <div className={styles.head}>
        <Subtitle1 as="h2">Your profile</Subtitle1>
        <SaveStatus state={autosave.state} />
      </div>
      <Body1>Printed in the signature block, the declarations and the document properties of every report.</Body1>
      <div className={styles.grid}>
        {FIELDS.map(({ key, label, hint }) => (
          <Field
            key={key}
            label={label}
            hint={hint}
            required={key === 'name'}
            validationMessage={errors[key]}
            validationState={errors[key] ? 'error' : 'none'}
          >
            <Input value={profile[key]} onChange={(_, d) => change(key, d.value)} />
          </Field>
        ))}
      </div>
      <Field label="Practice address">
        <Textarea
          value={profile.practiceAddress}
          rows={2}
          resize="vertical"
          onChange={(_, d) => change('practiceAddress', d.value)}
        />
      </Field>
    </section>
  );
}
