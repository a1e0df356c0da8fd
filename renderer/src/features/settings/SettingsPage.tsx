// The physician's settings: the profile printed in every report's signature block and declarations (autosaved when
// valid), the signature image, the letterhead the report is produced in, the templates, and backups.
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Spinner,
  Subtitle1,
  Textarea,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import {
  PhysicianProfileSchema,
  type PhysicianProfileInput,
  type SettingsView,
} from '../../../../electron/common/settings/settings-model';
import { useNotify } from '../../components/notifications';
import { SaveStatus } from '../../components/SaveStatus';
import { useAction } from '../../hooks/use-action';
import { useAutosave } from '../../hooks/use-autosave';
import { settingsApi } from './settings-api';
import { BackupsSection } from './BackupsSection';
import { TemplatesSection } from './TemplatesSection';
import { PhrasesSection } from '../phrases/PhrasesSection';

const useStyles = makeStyles({
  page: { padding: '24px 32px', display: 'grid', gap: '20px', maxWidth: '760px' },
  card: { display: 'grid', gap: '10px', paddingBottom: '16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
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

export function SettingsPage({ onBack, backLabel = 'All cases' }: { onBack: () => void; backLabel?: string }) {
  const styles = useStyles();
  const notify = useNotify();
  const [view, setView] = useState<SettingsView | null>(null);
  const [profile, setProfile] = useState<Required<PhysicianProfileInput>>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof PhysicianProfileInput, string>>>({});
  const autosave = useAutosave((p: PhysicianProfileInput) => settingsApi.saveProfile(p));

  const { run: load } = useAction(async () => {
    const v = await settingsApi.get();
    setView(v);
    if (v.profile) setProfile({ ...EMPTY, ...v.profile });
  });
  useEffect(() => void load(), [load]);

  const change = (key: keyof PhysicianProfileInput, value: string) => {
    const next = { ...profile, [key]: value };
    setProfile(next);
    const parsed = PhysicianProfileSchema.safeParse(next);
    if (parsed.success) {
      setErrors({});
      autosave.change(next);
    } else {
      const found: typeof errors = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as keyof PhysicianProfileInput] ??= issue.message;
      setErrors(found);
    }
  };

  const { run: choose } = useAction(async (what: 'signature' | 'letterhead') => {
    const result = what === 'signature' ? await settingsApi.chooseSignatureImage() : await settingsApi.chooseLetterhead();
    if (!result) return;
    setView(await settingsApi.get());
    notify.info(what === 'signature' ? `Signature image ${result.fileName} added.` : `Letterhead ${result.fileName} added.`);
  });
  const { run: clear } = useAction(async (what: 'signature' | 'letterhead') => {
    await (what === 'signature' ? settingsApi.clearSignatureImage() : settingsApi.clearLetterhead());
    setView(await settingsApi.get());
  });

  if (!view) return <Spinner label="Opening settings…" />;
  return (
    <main className={styles.page}>
      <div className={styles.row}>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {backLabel}
        </Button>
      </div>
      <Title2 as="h1">Settings</Title2>

      <section className={styles.card} aria-label="Physician profile">
        <div className={styles.row} style={{ justifyContent: 'space-between' }}>
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

      <section className={styles.card} aria-label="Signature image">
        <Subtitle1 as="h2">Signature image</Subtitle1>
        <Body1>A PNG of your signature, printed above your name in signed reports (at most 2 MB).</Body1>
        {view.signatureImage ? (
          <div className={styles.row}>
            <img
              src={view.signatureImage.previewDataUrl}
              alt="Your signature"
              style={{ maxHeight: 60, background: 'white', padding: 4 }}
            />
            <Caption1>{view.signatureImage.fileName}</Caption1>
            <Button onClick={() => void clear('signature')}>Remove</Button>
          </div>
        ) : (
          <Caption1>No signature image yet.</Caption1>
        )}
        <div className={styles.row}>
          <Button onClick={() => void choose('signature')}>
            {view.signatureImage ? 'Replace signature image…' : 'Add signature image…'}
          </Button>
        </div>
      </section>

      <section className={styles.card} aria-label="Letterhead">
        <Subtitle1 as="h2">Letterhead</Subtitle1>
        <Body1>
          Choose a Word document with your letterhead; reports are produced inside it (its header, footer, fonts and styles).
          Without one, a clean default style is used.
        </Body1>
        {view.letterhead ? (
          <div style={{ display: 'grid', gap: 4 }}>
            <Caption1>{view.letterhead.fileName}</Caption1>
            <Body1>Header: {view.letterhead.firstPageHeaderText || view.letterhead.headerText || '—'}</Body1>
            <Body1>Footer: {view.letterhead.footerText || '—'}</Body1>
            <div className={styles.row}>
              <Button onClick={() => void clear('letterhead')}>Use the default style instead</Button>
            </div>
          </div>
        ) : (
          <Caption1>No letterhead: reports use the default style (serif 12 pt, 1-inch margins).</Caption1>
        )}
        <div className={styles.row}>
          <Button onClick={() => void choose('letterhead')}>
            {view.letterhead ? 'Replace letterhead…' : 'Choose letterhead…'}
          </Button>
        </div>
      </section>

      <PhrasesSection />

      <TemplatesSection />

      <BackupsSection />
    </main>
  );
}
