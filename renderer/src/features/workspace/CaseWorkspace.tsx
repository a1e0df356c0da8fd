// The case workspace: steps on the left, the current step's sections in the centre, the guidance for the section
// being worked on at the right (it folds away to give the centre room, e.g. for the records beside their source page).
// Everything autosaves.
import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Title2,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { PanelRightContractRegular, PanelRightExpandRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ComplianceTarget } from '../../../../electron/common/compliance/run-compliance-check';
import type { Step } from '../../../../electron/common/template/template-schema';
import { SaveStatus } from '../../components/SaveStatus';
import { ExportButton } from '../export/ExportButton';
import { ComplianceList } from './ComplianceList';
import { DiscussionTools } from './DiscussionTools';
import { SignedGuard } from './SignedGuard';
import { ReviewAndSign } from '../signing/ReviewAndSign';
import { ReportPreviewButton } from '../signing/ReportPreview';
import { SectionCard } from './sections/SectionCard';
import { StepRail } from './StepRail';
import { vocabularyOf } from '../../../../electron/common/template/vocabulary';
import { VocabularyProvider } from '../../hooks/use-vocabulary';
import { useCaseWorkspace } from './use-case-workspace';
import { usePaneOpen } from './use-pane-open';
import { FindBar } from '../find/FindBar';
import { findTargets, type FindTarget } from '../find/find-targets';
import { useFindShortcut } from '../find/use-find-shortcut';
import { formatWords, useReportWordCount } from '../find/word-count';

const useStyles = makeStyles({
  shell: { display: 'grid', gridTemplateColumns: '250px minmax(0, 1fr) 300px', height: '100vh' },
  shellFolded: { gridTemplateColumns: '250px minmax(0, 1fr) 44px' },
  centre: { overflowY: 'auto', padding: '16px 28px 64px', display: 'grid', alignContent: 'start', gap: '4px' },
  // The title bar and the find bar stay in view; pulled up over the centre's top padding so no text shows above it.
  sticky: {
    position: 'sticky',
    top: '-16px',
    marginTop: '-16px',
    paddingTop: '16px',
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'grid',
    gap: '8px',
    paddingBottom: '8px',
  },
  topbar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '8px' },
  guide: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '12px 16px',
    overflowY: 'auto',
    whiteSpace: 'pre-line',
  },
  guideFolded: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px 6px' },
  guideHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'start', gap: '8px', marginBottom: '8px' },
});

export interface CaseWorkspaceProps {
  caseId: string;
  onBack: () => void;
  /** Opens Settings (the physician profile, signature, letterhead); Back there returns to this case. */
  onOpenSettings: () => void;
  /** The step to open on: the one the physician left for Settings, so coming back does not start over. */
  initialStep?: Step;
  onStepChange?: (step: Step) => void;
}

export function CaseWorkspace({ caseId, onBack, onOpenSettings, initialStep, onStepChange }: CaseWorkspaceProps) {
  const styles = useStyles();
  const model = useCaseWorkspace(caseId);
  const [step, setStep] = useState<Step>(initialStep ?? 'case');
  useEffect(() => onStepChange?.(step), [onStepChange, step]);
  const [focused, setFocused] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<string | null>(null);
  const [exportCount, setExportCount] = useState(0);
  const [guideOpen, toggleGuide] = usePaneOpen('guidance');
  const [findMode, setFindMode] = useState<'find' | 'replace' | null>(null);
  useFindShortcut(setFindMode);
  const questions = model.loaded?.data.questions;
  const targets = useMemo(() => findTargets(model.workflow, questions ?? []), [model.workflow, questions]);
  const showTarget = useCallback((target: FindTarget) => {
    setStep(target.step);
    setFocused(target.cardId);
    setScrollTo(target.cardId);
  }, []);
  const reportWords = useReportWordCount(caseId, targets, step);

  useEffect(() => {
    if (!scrollTo) return;
    document.getElementById(`section-${scrollTo}`)?.scrollIntoView({ block: 'start' });
    setScrollTo(null);
  }, [scrollTo, step]);

  if (model.error)
    return (
      <main style={{ padding: 32, display: 'grid', gap: 12 }}>
        <Body1 role="alert">{model.error}</Body1>
        <Button onClick={onBack}>Back to cases</Button>
      </main>
    );
  if (!model.loaded) return <Spinner label="Opening case…" />;

  const current = model.workflow.find((s) => s.step === step) ?? model.workflow[0]!;
  const goTo = (target: ComplianceTarget) => {
    // The name, signature and licence come from the physician profile, kept in Settings, not in the case.
    if (target.fieldId?.startsWith('physician.')) return onOpenSettings();
    setStep(target.step);
    setFocused(target.sectionId ?? null);
    setScrollTo(target.sectionId ?? null);
  };
  const saveValues = model.loaded.caseRecord.signedVersion ? undefined : model.setValues;
  const county = typeof model.values['signing.county'] === 'string' ? model.values['signing.county'] : '';
  const guided = current.sections.find((v) => v.section.id === focused) ?? current.sections[0];

  return (
    <VocabularyProvider value={vocabularyOf(model.loaded.template)}>
      <div className={mergeClasses(styles.shell, !guideOpen && styles.shellFolded)}>
        <StepRail
          caseRecord={model.loaded.caseRecord}
          steps={model.workflow}
          current={current.step}
          onSelect={(s) => {
            setStep(s);
            setFocused(null);
          }}
          onBack={onBack}
          onOpenSettings={onOpenSettings}
        />
        <main className={styles.centre} aria-label={current.label}>
          <div className={styles.sticky}>
            <div className={styles.topbar}>
              <Title2 as="h2">{current.label}</Title2>
              <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                {reportWords !== null && <Caption1 aria-label="Report word count">Report: {formatWords(reportWords)}</Caption1>}
                <SaveStatus state={model.saveState} />
                <ExportButton caseId={caseId} onExported={() => setExportCount((n) => n + 1)} />
              </div>
            </div>
            {findMode && (
              <FindBar
                caseId={caseId}
                targets={targets}
                replace={findMode === 'replace'}
                show={showTarget}
                onClose={() => setFindMode(null)}
              />
            )}
          </div>
          {current.step === 'review' && (
            <>
              <div>
                <ReportPreviewButton
                  caseId={caseId}
                  county={county}
                  signed={!!model.loaded.caseRecord.signedVersion}
                  aside={(close) => (
                    <ComplianceList
                      caseId={caseId}
                      secondView
                      onGo={(target) => {
                        close();
                        goTo(target);
                      }}
                      onSaveValues={saveValues}
                    />
                  )}
                />
              </div>
              <ComplianceList caseId={caseId} onGo={goTo} onSaveValues={saveValues} />
            </>
          )}
          <SignedGuard detail={model.loaded.caseRecord} onReopened={model.setCaseRecord}>
            <DiscussionTools step={current.step} model={model} />
            {current.sections.map((view) => (
              <SectionCard key={`${caseId}/${view.section.id}`} view={view} model={model} onFocusSection={setFocused} />
            ))}
          </SignedGuard>
          {current.step === 'review' && (
            <ReviewAndSign
              detail={model.loaded.caseRecord}
              defaultCounty={county}
              exportCount={exportCount}
              onCountyChange={(county) => model.setValues({ 'signing.county': county.trim() === '' ? null : county })}
              onSigned={() => void model.refreshCase()}
            />
          )}
        </main>
        {guideOpen ? (
          <aside className={styles.guide} aria-label="Guidance">
            <div className={styles.guideHead}>
              <Subtitle2 as="h2">{guided ? `Guidance: ${guided.section.title}` : 'Guidance'}</Subtitle2>
              <Tooltip content="Hide guidance (more room for the report)" relationship="label">
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<PanelRightContractRegular />}
                  aria-expanded
                  onClick={toggleGuide}
                />
              </Tooltip>
            </div>
            <Body1 as="p" block>
              {guided?.section.guidance ?? 'Nothing to fill in at this step for this report.'}
            </Body1>
            {guided && guided.section.sources.length > 0 && (
              <Body1 as="p" block>
                Sources: {guided.section.sources.join('; ')}
              </Body1>
            )}
          </aside>
        ) : (
          <aside className={styles.guideFolded} aria-label="Guidance">
            <Tooltip content="Show guidance" relationship="label">
              <Button
                appearance="subtle"
                size="small"
                icon={<PanelRightExpandRegular />}
                aria-expanded={false}
                onClick={toggleGuide}
              />
            </Tooltip>
          </aside>
        )}
      </div>
    </VocabularyProvider>
  );
}
