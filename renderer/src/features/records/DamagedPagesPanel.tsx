// The pages received that could not be read, by batch: each is counted as received and opens in the viewer, so the
// physician can ask the sender for a new copy naming file and page.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { DamagedPage, RecordBatch } from '../../../../electron/common/records/records-types';
import { PAGE_PROBLEM_MESSAGE } from '../../../../electron/common/records/records-types';
import { citePages } from '../../../../electron/common/records/page-citation';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '20px', display: 'grid', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface DamagedPagesPanelProps {
  pages: DamagedPage[];
  batches: RecordBatch[];
  onOpenPage: (page: DamagedPage) => void;
}

export function DamagedPagesPanel({ pages, batches, onOpenPage }: DamagedPagesPanelProps) {
  const styles = useStyles();
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Caption1 className={styles.muted}>
        These pages are in the files and counted as received, but they {PAGE_PROBLEM_MESSAGE}.
      </Caption1>
      {batches
        .filter((b) => pages.some((p) => p.batchId === b.id))
        .map((b) => (
          <section key={b.id} aria-label={`Pages that could not be read from ${b.sender}`}>
            <Caption1>
              <strong>{b.sender}</strong>
            </Caption1>
            <ul className={styles.list}>
              {pages
                .filter((p) => p.batchId === b.id)
                .map((p) => (
                  <li key={`${p.fileId}:${p.pageNumber}`}>
                    <Button appearance="transparent" size="small" onClick={() => onOpenPage(p)}>
                      {citePages(p.fileName, p.pageNumber, p.pageNumber, p)}
                    </Button>
                    <Caption1 className={styles.muted}>
                      {p.problem === 'garbage-content' ? 'its content is not readable PDF' : 'the page itself is broken'}
                    </Caption1>
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
