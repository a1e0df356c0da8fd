// The physician's settings: the profile printed in every report's signature block and declarations (autosaved when
// valid), the signature image, the letterhead the report is produced in, the templates, and backups.
import { Body1, Button, Caption1, Spinner, Subtitle1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { SettingsView } from '../../../../electron/common/settings/settings-model';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { settingsApi } from './settings-api';
import { AuditTrailSection } from '../audit/AuditTrailSection';
import { BackupsSection } from './BackupsSection';
import { SecuritySection } from '../security/SecuritySection';
import { ProfileSection } from './ProfileSection';
import { TemplatesSection } from './TemplatesSection';
import { PhrasesSection } from '../phrases/PhrasesSection';

const useStyles = makeStyles({
  page: { padding: '24px 32px', display: 'grid', gap: '20px', maxWidth: '760px' },
  card: { display: 'grid', gap: '10px', paddingBottom: '16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

export function SettingsPage({ onBack, backLabel = 'All cases' }: { onBack: () => void; backLabel?: string }) {
  const styles = useStyles();
  const notify = useNotify();
  const [view, setView] = useState<SettingsView | null>(null);

  const { run: load } = useAction(async () => {
    const v = await settingsApi.get();
    setView(v);
  });
  useEffect(() => void load(), [load]);

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

      <ProfileSection saved={view.profile} />

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

      <AuditTrailSection />

      <SecuritySection />
    </main>
  );
}
