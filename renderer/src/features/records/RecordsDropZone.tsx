// A drop target for record PDFs. Dropped files need their paths on disk, which only the app's preload can give;
// without it (or for non-PDFs) the physician is told what to do instead.
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useNotify } from '../../components/notifications';
import type { DroppedFiles } from './ImportDialog';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground2, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function RecordsDropZone({ onFiles, children }: { onFiles: (files: DroppedFiles) => void; children: ReactNode }) {
  const styles = useStyles();
  const notify = useNotify();
  const [over, setOver] = useState(false);

  const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    const pathForFile = window.medlegalFiles?.pathForFile;
    if (!pathForFile) {
      notify.error('Dropping files is not available here. Use Import records… instead.');
      return;
    }
    const pdfs = files.filter((f) => f.name.toLowerCase().endsWith('.pdf'));
    const skipped = files.filter((f) => !pdfs.includes(f)).map((f) => f.name);
    if (skipped.length) notify.error(`Only PDF files can be imported; not imported: ${skipped.join(', ')}.`);
    const pathOf = (f: File) => {
      try {
        return pathForFile(f);
      } catch {
        return '';
      }
    };
    const picked = pdfs.map((f) => ({ name: f.name, path: pathOf(f) })).filter((f) => f.path);
    if (picked.length < pdfs.length) notify.error('Some dropped files are not on this computer. Use Import records… instead.');
    if (picked.length) onFiles({ names: picked.map((f) => f.name), paths: picked.map((f) => f.path) });
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {children}
      <Caption1 className={styles.hint}>
        <ArrowUploadRegular aria-hidden /> or drop PDF files here
      </Caption1>
    </div>
  );
}
