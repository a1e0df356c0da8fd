// The case workspace: caption and steps on the left, the current step's work in the centre, guidance on the right.
import { Body1, Button, Caption1, Spinner, Subtitle2, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CaseRecord } from '../../../../electron/common/case/case-model';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { call, messageOf } from '../../api/client';
import { ExportButton } from '../export/ExportButton';
import { CaseDetailsStep } from './CaseDetailsStep';
import { NarrativeStep } from './NarrativeStep';

const useStyles = makeStyles({
  shell: { display: 'grid', gridTemplateColumns: '240px minmax(0, 1fr) 280px', height: '100vh' },
  rail: { borderRight: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px', display: 'grid', alignContent: 'start', gap: '12px', backgroundColor: tokens.colorNeutralBackground2 },
  caption: { display: 'grid', gap: '2px' },
  centre: { overflowY: 'auto', padding: '16px 24px', display: 'grid', alignContent: 'start', gap: '12px' },
  topbar: { display: 'flex', justifyContent: 'flex-end', gap: '8px' },
  guide: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px', overflowY: 'auto' },
});

type StepId = 'details' | 'narrative';
const STEPS: { id: StepId; label: string; guidance: string }[] = [
  { id: 'details', label: 'Case details', guidance: 'Enter the examinee, claim and examination date exactly as they should appear in the caption. Dates are MM/DD/YYYY.' },
  {
    id: 'narrative',
    label: 'History and findings',
    guidance:
      'Write the history of the injury, current complaints, treatment to date and findings. Use headings (Ctrl+Alt+1–3) to structure the text; they become real headings in Word.',
  },
];

export function CaseWorkspace({ caseId, onBack }: { caseId: string; onBack: () => void }) {
  const styles = useStyles();
  const [caseRecord, setCaseRecord] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<StepId>('narrative');

  useEffect(() => {
    call('cases:get', { id: caseId }).then(setCaseRecord, (e: unknown) => setError(messageOf(e)));
  }, [caseId]);

  if (error) return (<main style={{ padding: 32 }}><Body1 role="alert">{error}</Body1> <Button onClick={onBack}>Back to cases</Button></main>);
  if (!caseRecord) return <Spinner label="Opening case…" />;
  const current = STEPS.find((s) => s.id === step)!;

  return (
    <div className={styles.shell}>
      <nav className={styles.rail} aria-label="Case steps">
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>All cases</Button>
        <div className={styles.caption} aria-label="Case caption">
          <Subtitle2>{caseRecord.examineeName}</Subtitle2>
          <Caption1>Claim {caseRecord.claimNumber || '—'}</Caption1>
          <Caption1>{caseRecord.reportKind} · exam {formatUsDate(caseRecord.examDate) || 'not set'}</Caption1>
        </div>
        <TabList vertical selectedValue={step} onTabSelect={(_, d) => setStep(d.value as StepId)}>
          {STEPS.map((s) => (<Tab key={s.id} value={s.id}>{s.label}</Tab>))}
        </TabList>
      </nav>
      <main className={styles.centre}>
        <div className={styles.topbar}>
          <ExportButton caseId={caseId} />
        </div>
        {step === 'details' && <CaseDetailsStep key={caseId} caseRecord={caseRecord} onSaved={setCaseRecord} />}
        {step === 'narrative' && <NarrativeStep key={caseId} caseId={caseId} sectionId="narrative" title="History and findings" placeholder="Start typing the history of the injury…" />}
      </main>
      <aside className={styles.guide} aria-label="Guidance">
        <Subtitle2 as="h2" style={{ display: 'block', marginBottom: 8 }}>Guidance</Subtitle2>
        <Body1 as="p">{current.guidance}</Body1>
      </aside>
    </div>
  );
}
