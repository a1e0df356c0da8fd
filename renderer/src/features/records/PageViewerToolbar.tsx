// The viewer's toolbar: previous/next page, go to page, "p. 3 of 120" (a live status for screen readers), zoom out/in,
// fit width, and the file name.
import { Button, Caption1, Input, Toolbar, ToolbarDivider, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import {
  ChevronLeftRegular,
  ChevronRightRegular,
  DocumentRegular,
  ZoomFitRegular,
  ZoomInRegular,
  ZoomOutRegular,
} from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { count } from './records-format';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: '2px 6px',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  file: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    flexShrink: 1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    marginLeft: 'auto',
    color: tokens.colorNeutralForeground2,
  },
  pageInput: { width: '4.5rem' },
  status: { whiteSpace: 'nowrap', padding: '0 4px' },
  zoom: { minWidth: '3rem', textAlign: 'center' },
});

export interface PageViewerToolbarProps {
  fileName: string;
  /** False while the file opens: the controls wait. */
  ready: boolean;
  page: number;
  pageCount: number;
  zoomPercent: number;
  fit: boolean;
  onGo: (page: number) => void;
  onZoom: (direction: 1 | -1) => void;
  onFit: () => void;
}

export function PageViewerToolbar({
  fileName,
  ready,
  page,
  pageCount,
  zoomPercent,
  fit,
  onGo,
  onZoom,
  onFit,
}: PageViewerToolbarProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(String(page));
  useEffect(() => setDraft(String(page)), [page]);
  return (
    <div className={styles.bar}>
      <Toolbar size="small" aria-label="Page and zoom">
        <Tooltip content="Previous page (Page Up)" relationship="label">
          <Button
            appearance="subtle"
            icon={<ChevronLeftRegular />}
            disabled={!ready || page <= 1}
            onClick={() => onGo(page - 1)}
          />
        </Tooltip>
        <Input
          className={styles.pageInput}
          size="small"
          aria-label="Go to page"
          value={draft}
          disabled={!ready}
          inputMode="numeric"
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onGo(Number(draft) || page);
          }}
          onBlur={() => setDraft(String(page))}
        />
        <Caption1 role="status" aria-live="polite" data-testid="viewer-status" className={styles.status}>
          {ready ? `p. ${count(page)} of ${count(pageCount)}` : ''}
        </Caption1>
        <Tooltip content="Next page (Page Down)" relationship="label">
          <Button
            appearance="subtle"
            icon={<ChevronRightRegular />}
            disabled={!ready || page >= pageCount}
            onClick={() => onGo(page + 1)}
          />
        </Tooltip>
        <ToolbarDivider />
        <Tooltip content="Zoom out" relationship="label">
          <Button appearance="subtle" icon={<ZoomOutRegular />} disabled={!ready} onClick={() => onZoom(-1)} />
        </Tooltip>
        <Caption1 className={styles.zoom} aria-label="Zoom level">
          {ready ? `${zoomPercent}%` : ''}
        </Caption1>
        <Tooltip content="Zoom in" relationship="label">
          <Button appearance="subtle" icon={<ZoomInRegular />} disabled={!ready} onClick={() => onZoom(1)} />
        </Tooltip>
        <Tooltip content="Fit width" relationship="label">
          <Button
            appearance={fit ? 'secondary' : 'subtle'}
            icon={<ZoomFitRegular />}
            disabled={!ready}
            aria-pressed={fit}
            onClick={onFit}
          />
        </Tooltip>
      </Toolbar>
      <Caption1 className={styles.file} title={fileName}>
        <DocumentRegular aria-hidden /> {fileName}
      </Caption1>
    </div>
  );
}
