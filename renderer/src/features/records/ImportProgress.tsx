// The running import (progress bar with files, pages, speed and time left, and Cancel) and, once it ends, what came
// in, every file that did not, each named with what is wrong, and the pages of imported files that could not be read.
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ImportStatus } from '../../../../electron/common/records/records-types';
import { count, plural, progressLine } from './records-format';

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalS },
  problems: { margin: 0, paddingLeft: '20px', display: 'grid', gap: '2px' },
});

export interface ImportProgressProps {
  status: ImportStatus | null;
  running: boolean;
  cancelling: boolean;
  onCancel: () => void;
  onDismiss: () => void;
}

export function ImportProgress({ status, running, cancelling, onCancel, onDismiss }: ImportProgressProps) {
  const styles = useStyles();
  if (running) {
    const determinate = status !== null && status.pagesTotal > 0 && status.state === 'importing';
    const line = status ? progressLine(status) : 'Starting…';
    return (
      <div className={styles.box} role="region" aria-label="Import progress">
        <Field
          label={status?.state === 'counting' || !status ? 'Counting pages…' : 'Importing records…'}
          validationMessage={line}
          validationState="none"
        >
          <ProgressBar
            thickness="large"
            value={determinate ? status.pagesDone / status.pagesTotal : undefined}
            aria-label="Import progress"
            aria-valuetext={line}
          />
        </Field>
        <div>
          <Button onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel import'}
          </Button>
        </div>
      </div>
    );
  }
  if (!status) return null;

  const problems = status.fileProblems;
  const damaged = status.damagedPages;
  const intent =
    status.state === 'failed'
      ? 'error'
      : problems.length > 0 || damaged.length > 0
        ? 'warning'
        : status.state === 'cancelled'
          ? 'info'
          : 'success';
  const title =
    status.state === 'failed'
      ? 'The import stopped.'
      : status.state === 'cancelled'
        ? `Import cancelled. ${plural(status.filesImported, 'file')} imported before the cancel stay in the case.`
        : `Imported ${count(status.filesImported)} of ${plural(status.filesTotal, 'file')} (${plural(status.pagesImported, 'page')}).`;
  return (
    <MessageBar intent={intent} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {status.failure && <Body1 as="p">{status.failure}</Body1>}
        {problems.length > 0 && (
          <>
            <Body1 as="p">
              {problems.length === 1 ? 'This file was not imported:' : `These ${problems.length} files were not imported:`}
            </Body1>
            <ul className={styles.problems} aria-label="Files not imported">
              {problems.map((p, i) => (
                <li key={`${p.fileName}-${i}`}>
                  <strong>{p.fileName}</strong>: {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {damaged.length > 0 && (
          <>
            <Body1 as="p">Imported, with pages that could not be read:</Body1>
            <ul className={styles.problems} aria-label="Pages that could not be read">
              {damaged.map((d, i) => (
                <li key={`${d.fileName}-${i}`}>{d.message}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Dismiss import result" icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
