// The fields of a sender batch (who sent it, when, the page count the sender attested to, whether the sender's
// declaration came with it), shared by the import dialog and the batch editor.
import { Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { NewBatchSchema } from '../../../../electron/common/ipc/records.contract';
import type { NewBatchInput } from '../../../../electron/common/records/records-types';
import { todayIso } from '../../../../electron/common/util/iso-date';
import { fieldState, issuesOf, type Issues } from '../../components/list-editing';
import { CountField } from './CountField';
import { useVocabulary } from '../../hooks/use-vocabulary';
import { tabOutOfDate } from '../../components/fields';

const useStyles = makeStyles({
  grid: { display: 'grid', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: tokens.spacingHorizontalM },
});

export function emptyBatch(): NewBatchInput {
  return { sender: '', dateReceived: todayIso(), declaredPageCount: null, senderDeclarationReceived: false };
}

export const batchIssues = (batch: NewBatchInput): Issues => issuesOf(NewBatchSchema, batch);

export interface BatchFieldsProps {
  value: NewBatchInput;
  onChange: (value: NewBatchInput) => void;
  /** Shown only after the first attempt to continue, so an empty form does not open in red. */
  showIssues: boolean;
}

export function BatchFields({ value, onChange, showIssues }: BatchFieldsProps) {
  const styles = useStyles();
  const words = useVocabulary();
  const issues = showIssues ? batchIssues(value) : {};
  const set = (patch: Partial<NewBatchInput>) => onChange({ ...value, ...patch });
  return (
    <div className={styles.grid}>
      <Field
        label="Sender"
        required
        hint="Who sent these records, e.g. the claims administrator or an attorney's office."
        {...fieldState(issues.sender)}
      >
        <Input value={value.sender} onChange={(_, d) => set({ sender: d.value })} autoFocus />
      </Field>
      <div className={styles.row}>
        <Field label="Date received" required {...fieldState(issues.dateReceived)}>
          <Input
            type="date"
            onKeyDown={tabOutOfDate}
            value={value.dateReceived}
            onChange={(_, d) => set({ dateReceived: d.value })}
          />
        </Field>
        <CountField
          label="Pages declared by the sender"
          hint="Optional: the total the sender attested to."
          value={value.declaredPageCount}
          onChange={(n) => set({ declaredPageCount: n })}
          min={0}
          max={10_000_000}
          message={issues.declaredPageCount}
        />
      </div>
      <Checkbox
        checked={value.senderDeclarationReceived}
        onChange={(_, d) => set({ senderDeclarationReceived: d.checked === true })}
        label={
          words.california
            ? "Sender's declaration received (compliance with Labor Code §4062.3 and the page count, under penalty of perjury)"
            : "Sender's declaration received (the records sent and their page count, attested)"
        }
      />
    </div>
  );
}
