// The card around one chronology entry's form, saved or new (outlined in the brand colour until it is saved), with its
// heading row above the fields and what follows them; the panel's files and viewer page pass through to the form.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ChronologyEntryForm, type ChronologyEntryFormProps } from './ChronologyEntryForm';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  savedCard: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  newCard: { border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}` },
});

/** The files and the page the viewer shows, which the chronology panel hands on to the entry being edited or added. */
export type EntryPageProps = Pick<ChronologyEntryFormProps, 'files' | 'shown' | 'onShowPage'>;

export interface ChronologyEntryCardProps extends ChronologyEntryFormProps {
  /** Names the card for screen readers ("Chronology entry 3", "New chronology entry"). */
  label: string;
  /** The card of an entry not saved yet, outlined in the brand colour. */
  isNew?: boolean;
  /** The heading row above the fields. */
  head: ReactNode;
  /** What follows the fields (the new entry's buttons, a confirmation). */
  children?: ReactNode;
  /** Focus left one of the card's fields (for another field or elsewhere). */
  onFieldLeft?: () => void;
}

export function ChronologyEntryCard({ label, isNew, head, children, onFieldLeft, ...form }: ChronologyEntryCardProps) {
  const styles = useStyles();
  return (
    <section
      className={mergeClasses(styles.card, isNew ? styles.newCard : styles.savedCard)}
      aria-label={label}
      onBlur={onFieldLeft}
    >
      {head}
      <ChronologyEntryForm {...form} />
      {children}
    </section>
  );
}
