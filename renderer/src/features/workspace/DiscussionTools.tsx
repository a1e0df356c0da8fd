// Calculators that sit at the top of a step rather than inside one template section: the report's deadlines (case step),
// temporary disability and P&S status (discussion step), and the fee (review step, QME only).
import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { Step } from '../../../../electron/common/template/template-schema';
import { DeadlinePanel } from '../discussion/DeadlinePanel';
import { DisabilityEditor } from '../discussion/DisabilityEditor';
import { FeePanel } from '../discussion/FeePanel';
import { ScheduleEditor } from '../discussion/ScheduleEditor';
import { templateHasPsFields } from '../../../../electron/common/case/ps-status-fields';
import { templatePrintsTdPeriods } from '../../../../electron/common/template/template-uses';
import type { CaseWorkspaceModel } from './use-case-workspace';

const useStyles = makeStyles({
  card: { display: 'grid', gap: '10px', padding: '16px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function DiscussionTools({ step, model }: { step: Step; model: CaseWorkspaceModel }) {
  const styles = useStyles();
  const { data, summary, update } = model.discussion;
  const { caseRecord, template } = model.loaded!;
  if (!data) return null;

  switch (step) {
    case 'case':
      return (
        <section className={styles.card} aria-label="Deadlines">
          <Subtitle1 as="h3">Deadlines</Subtitle1>
          <ScheduleEditor value={data.schedule} reportKind={caseRecord.reportKind} onChange={update.schedule} />
          {summary && <DeadlinePanel deadlines={summary.deadlines} />}
        </section>
      );
    case 'discussion':
      // Offered only where the report prints them: a supplemental has no TD section and no P&S fields, so a value entered
      // here would never reach it (changes go in its "Changes in opinions" narrative).
      if (!templatePrintsTdPeriods(template) && !templateHasPsFields(template)) return null;
      return (
        <section className={styles.card} aria-label="Temporary disability and P&S status">
          <Subtitle1 as="h3">Temporary disability and permanent and stationary (P&amp;S) status</Subtitle1>
          <DisabilityEditor tdPeriods={data.tdPeriods} ps={data.ps} conflicts={[]} onChange={model.setDisability} />
        </section>
      );
    case 'review':
      if (caseRecord.reportKind !== 'QME') return null;
      return (
        <section className={styles.card} aria-label="Fee">
          <Subtitle1 as="h3">Medical-legal fee</Subtitle1>
          <FeePanel value={data.fee} onChange={update.fee} summary={summary?.fee ?? null} />
        </section>
      );
    default:
      return null;
  }
}
