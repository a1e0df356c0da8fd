// The first-start setup on the case list: what every signed report needs from the physician (the profile with the
// licence and the county of signing, the signature image) and the optional letterhead, each ticked when done. It can be
// put off ("Not now", remembered on this computer) and disappears once the required items are in place. The starter
// phrases are offered here too, so the examples that ship with the app are one click away on the first day.
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { SettingsView } from '../../../../electron/common/settings/settings-model';
import { useNotify } from '../../components/notifications';
import { useAction } from '../../hooks/use-action';
import { flushAllAutosaves } from '../../hooks/use-autosave';
import { phrasesApi, usePhraseList } from '../phrases/phrases-api';
import { ProfileSection } from './ProfileSection';
import { settingsApi } from './settings-api';

const HIDDEN_KEY = 'medlegal.firstStartSetup';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gap: '10px',
    padding: '16px 20px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    maxWidth: '760px',
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'start', gap: '12px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '8px' },
  item: { display: 'grid', gridTemplateColumns: '20px 1fr auto', gap: '10px', alignItems: 'center' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  surface: { maxWidth: '820px', width: '92vw' },
});

const wasPutOff = () => {
  try {
    return window.localStorage.getItem(HIDDEN_KEY) === 'later';
  } catch {
    return false;
  }
};

export function FirstStartSetup() {
  const styles = useStyles();
  const notify = useNotify();
  const [view, setView] = useState<SettingsView | null>(null);
  const [putOff, setPutOff] = useState(wasPutOff);
  const [editingProfile, setEditingProfile] = useState(false);
  const reload = useCallback(() => settingsApi.get().then(setView), []);
  const phrases = usePhraseList();
  useEffect(() => void reload().catch(() => undefined), [reload]);

  const { run: chooseSignature } = useAction(async () => {
    const chosen = await settingsApi.chooseSignatureImage();
    if (chosen) notify.info(`Signature image ${chosen.fileName} added.`);
    await reload();
  });
  const { run: chooseLetterhead } = useAction(async () => {
    const chosen = await settingsApi.chooseLetterhead();
    if (chosen) notify.info(`Letterhead ${chosen.fileName} added.`);
    await reload();
  });
  const { run: addStarterPhrases } = useAction(async () => {
    const { added } = await phrasesApi.addStarter();
    notify.info(`Added ${added} starter phrases. They are examples: edit them under Settings → My phrases.`);
  });

  if (!view || putOff) return null;
  const profile = view.profile;
  const items = [
    {
      label: 'Your name, credentials and medical license number',
      hint: 'Printed in the signature block and the declarations.',
      done: !!profile?.name.trim() && !!profile.licenseNumber.trim(),
      action: { label: 'Enter your profile…', run: () => setEditingProfile(true) },
    },
    {
      label: 'The county where you usually sign',
      hint: 'The Labor Code §4628(j) declaration states it.',
      done: !!profile?.defaultCounty.trim(),
      action: { label: 'Enter the county…', run: () => setEditingProfile(true) },
    },
    {
      label: 'Your signature image',
      hint: 'A PNG printed above your name in signed reports.',
      done: !!view.signatureImage,
      action: { label: 'Add signature image…', run: () => void chooseSignature() },
    },
    {
      label: 'Your letterhead (optional)',
      hint: 'A Word document whose header, footer and styles the report is produced in.',
      done: !!view.letterhead,
      action: { label: 'Choose letterhead…', run: () => void chooseLetterhead() },
    },
    {
      label: 'Starter phrases (optional)',
      hint: 'Examples of examination findings and Guides explanations to edit; type ;trigger in any section to insert one.',
      done: phrases.length > 0,
      action: { label: 'Add starter phrases', run: () => void addStarterPhrases() },
    },
  ];
  // The letterhead and the phrases are optional: once the first three are in place, the setup has done its job.
  if (items.slice(0, 3).every((i) => i.done)) return null;

  const later = () => {
    try {
      window.localStorage.setItem(HIDDEN_KEY, 'later');
    } catch {
      // Storage unavailable: hidden for this session only.
    }
    setPutOff(true);
  };

  return (
    <section className={styles.card} aria-label="Set up before your first report">
      <div className={styles.head}>
        <div>
          <Subtitle1 as="h2">Set up before your first report</Subtitle1>
          <Body1 block>
            About two minutes. You can do it later; everything here stays under Settings, and signing tells you what is missing.
          </Body1>
        </div>
        <Button appearance="subtle" onClick={later}>
          Not now
        </Button>
      </div>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.label} className={styles.item}>
            {item.done ? (
              <CheckmarkCircleFilled className={styles.done} aria-label="Done" />
            ) : (
              <CircleRegular aria-label="To do" />
            )}
            <div>
              <Body1 block>{item.label}</Body1>
              <Caption1>{item.hint}</Caption1>
            </div>
            {!item.done && <Button onClick={item.action.run}>{item.action.label}</Button>}
          </li>
        ))}
      </ul>
      {editingProfile && (
        <Dialog open onOpenChange={(_, d) => !d.open && setEditingProfile(false)}>
          <DialogSurface className={styles.surface} aria-label="Your profile">
            <DialogBody>
              <DialogContent>
                <ProfileSection saved={profile} />
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setEditingProfile(false);
                    // The profile autosaves half a second after the last key: written first, then ticked.
                    void flushAllAutosaves().then(reload);
                  }}
                >
                  Done
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}
