// Background text recognition (OCR) of this case's scanned pages: how many wait, how fast it goes and about how long
// is left, with Pause / Resume. Shown only while pages of this case wait.
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { PauseRegular, PlayRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { OcrProgress } from '../../../../electron/common/records/records-types';
import { useAction } from '../../hooks/use-action';
import { ocrLine } from './records-format';
import { recordsApi } from './records-api';

const useStyles = makeStyles({
  box: { display: 'grid', gap: tokens.spacingVerticalS },
});

export function OcrProgressNote({ ocr, onChanged }: { ocr: OcrProgress; onChanged: () => void }) {
  const styles = useStyles();
  const { run: setPaused, busy } = useAction(async (paused: boolean) => {
    await recordsApi.setOcrPaused(paused);
    onChanged();
  });
  // The bar fills against the most pages seen waiting since this view opened.
  const most = useRef(0);
  most.current = Math.max(most.current, ocr.awaiting);
  if (ocr.awaiting === 0) return null;

  const line = ocrLine(ocr);
  const running = !ocr.pausedByUser && !ocr.waitingForImport;
  return (
    <div className={styles.box} role="region" aria-label="Text recognition (OCR)">
      <Field
        label={running ? 'Recognising text in scanned pages (OCR)…' : 'Text recognition (OCR)'}
        validationMessage={line}
        validationState="none"
      >
        <ProgressBar
          value={most.current > 0 ? 1 - ocr.awaiting / most.current : undefined}
          color={running ? 'brand' : 'warning'}
          aria-label="Text recognition progress"
          aria-valuetext={line}
        />
      </Field>
      <div>
        {ocr.pausedByUser ? (
          <Button icon={<PlayRegular />} disabled={busy} onClick={() => void setPaused(false)}>
            Resume OCR
          </Button>
        ) : (
          <Button icon={<PauseRegular />} disabled={busy} onClick={() => void setPaused(true)}>
            Pause OCR
          </Button>
        )}
      </div>
    </div>
  );
}
