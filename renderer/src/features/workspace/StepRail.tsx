// The left rail: the case caption pinned on top, then the template's steps with a completion mark each: complete only when
// the compliance check as it will be signed has nothing missing there (withCompliance in electron/common/report/workflow.ts);
// Settings at the foot, so the physician profile is a click away from any case.
import { Button, Caption1, Subtitle2, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  CheckmarkCircleFilled,
  CircleRegular,
  SettingsRegular,
  SubtractCircleRegular,
} from '@fluentui/react-icons';
import type { CaseRecord } from '../../../../electron/common/case/case-model';
import type { WorkflowStep } from '../../../../electron/common/report/workflow';
import type { Step } from '../../../../electron/common/template/template-schema';
import { formatUsDate } from '../../../../electron/common/util/iso-date';

const useStyles = makeStyles({
  rail: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '12px',
    display: 'grid',
    alignContent: 'start',
    gap: '12px',
    backgroundColor: tokens.colorNeutralBackground2,
    overflowY: 'auto',
  },
  caption: { display: 'grid', gap: '2px' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  settings: { justifySelf: 'start' },
});

const MARK_LABEL = { complete: 'complete', incomplete: 'incomplete', optional: 'nothing required' } as const;

export function StepRail({
  caseRecord,
  steps,
  current,
  onSelect,
  onBack,
  onOpenSettings,
}: {
  caseRecord: CaseRecord;
  steps: WorkflowStep[];
  current: Step;
  onSelect: (s: Step) => void;
  onBack: () => void;
  onOpenSettings: () => void;
}) {
  const styles = useStyles();
  return (
    <nav className={styles.rail} aria-label="Case steps">
      <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
        All cases
      </Button>
      <div className={styles.caption} aria-label="Case caption">
        <Subtitle2>{caseRecord.examineeName}</Subtitle2>
        <Caption1>Claim {caseRecord.claimNumber || '—'}</Caption1>
        <Caption1>
          {caseRecord.reportKind} · exam {formatUsDate(caseRecord.examDate) || 'not set'}
        </Caption1>
      </div>
      <TabList vertical selectedValue={current} onTabSelect={(_, d) => onSelect(d.value as Step)}>
        {steps.map((s) => (
          <Tab
            key={s.step}
            value={s.step}
            aria-label={`${s.label} (${MARK_LABEL[s.completion]})`}
            icon={
              s.completion === 'complete' ? (
                <CheckmarkCircleFilled className={styles.done} />
              ) : s.completion === 'incomplete' ? (
                <CircleRegular />
              ) : (
                <SubtractCircleRegular />
              )
            }
          >
            {s.label}
          </Tab>
        ))}
      </TabList>
      <Button appearance="subtle" icon={<SettingsRegular />} onClick={onOpenSettings} className={styles.settings}>
        Settings
      </Button>
    </nav>
  );
}
