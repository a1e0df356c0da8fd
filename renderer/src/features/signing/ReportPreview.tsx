// "Preview the report" on the Review and sign step: the .docx "Sign and export" would write now, drawn page by page in the
// app (docx-preview), with what still blocks signing beside it. Values still printed as [brackets] are marked in the pages.
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentSearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ReportPreview as Preview } from '../../../../electron/common/ipc/export.contract';
import { formatUsDate } from '../../../../electron/common/util/iso-date';
import { call, messageOf } from '../../api/client';
import { markPlaceholders } from './mark-placeholders';

const useStyles = makeStyles({
  surface: { width: '96vw', maxWidth: '96vw', height: '92vh', padding: '16px', display: 'grid' },
  body: { display: 'grid', gridTemplateRows: 'auto 1fr', gap: '8px', height: '100%', minHeight: 0 },
  content: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 360px', gap: '12px', minHeight: 0, overflow: 'hidden' },
  pages: {
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    // The report is printed in black on white whatever the app's theme.
    color: '#000',
    '& mark': { backgroundColor: '#ffe08a', outline: '2px solid #c27c0e' },
  },
  side: { overflowY: 'auto', display: 'grid', alignContent: 'start', gap: '8px' },
  unfilled: { margin: '4px 0 0', paddingLeft: '20px', display: 'grid', gap: '2px' },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'start', gap: '12px' },
});

export interface ReportPreviewButtonProps {
  caseId: string;
  /** The county the report will be signed in, as entered so far. */
  county: string;
  signed: boolean;
  /** What stands beside the pages (the compliance check); `close` shuts the preview before jumping to a problem. */
  aside: (close: () => void) => ReactNode;
}

export function ReportPreviewButton({ caseId, county, signed, aside }: ReportPreviewButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<DocumentSearchRegular />} onClick={() => setOpen(true)}>
        {signed ? 'View the signed report' : 'Preview the report'}
      </Button>
      {open && (
        <ReportPreviewDialog caseId={caseId} county={county} signed={signed} onClose={() => setOpen(false)}>
          {aside(() => setOpen(false))}
        </ReportPreviewDialog>
      )}
    </>
  );
}

function ReportPreviewDialog({
  caseId,
  county,
  signed,
  onClose,
  children,
}: {
  caseId: string;
  county: string;
  signed: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const pagesRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = useRef(new Date().toISOString().slice(0, 10)).current;

  useEffect(() => {
    let live = true;
    call('export:preview', { caseId, ...(county.trim() ? { county } : {}) })
      .then((p) => live && setPreview(p))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [caseId, county]);

  useEffect(() => {
    const container = pagesRef.current;
    if (!preview || !container) return;
    let live = true;
    const bytes = Uint8Array.from(atob(preview.docxBase64), (c) => c.charCodeAt(0));
    // docx-preview (with jszip) is fetched when a preview is first drawn: the workspace opens without it.
    import('./draw-report-pages')
      .then(({ drawReportPages }) => drawReportPages(bytes, container))
      .then((count) => {
        if (!live) return;
        markPlaceholders(container);
        setPages(count);
      })
      .catch(() => live && setError('The preview could not be drawn. Export a draft and open it in Word instead.'));
    return () => {
      live = false;
      container.replaceChildren();
    };
  }, [preview]);

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} aria-label="Report preview">
        <DialogBody className={styles.body}>
          <div className={styles.head}>
            <div>
              <DialogTitle>Report preview</DialogTitle>
              <Caption1>
                {signed
                  ? 'The signed report, as exported.'
                  : `As "Sign and export" would write it if signed today (${formatUsDate(today)}).`}{' '}
                {pages !== null && `${pages} ${pages === 1 ? 'page' : 'pages'} here; `}
                page breaks are drawn approximately: Word and LibreOffice may break pages a little differently.
              </Caption1>
            </div>
            <Button onClick={onClose}>Close</Button>
          </div>
          <DialogContent className={styles.content}>
            <div
              ref={pagesRef}
              className={styles.pages}
              role="document"
              aria-label="Pages of the report"
              aria-busy={!preview && !error}
              tabIndex={0}
            />
            <aside className={styles.side} aria-label="Before signing">
              {!preview && !error && <Spinner size="small" label="Drawing the report…" />}
              {error && (
                <Body1 role="alert" block>
                  {error}
                </Body1>
              )}
              {preview && preview.unfilled.length > 0 && (
                <details role="status" aria-label="Still printed in brackets">
                  <summary>
                    <Body1>
                      {preview.unfilled.length === 1
                        ? '1 value is still printed in [brackets]'
                        : `${preview.unfilled.length} values are still printed in [brackets]`}
                      , marked in the pages. Signing waits for them.
                    </Body1>
                  </summary>
                  <ul className={styles.unfilled}>
                    {preview.unfilled.map((u) => (
                      <li key={u}>
                        <Caption1>{u}</Caption1>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {children}
            </aside>
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
