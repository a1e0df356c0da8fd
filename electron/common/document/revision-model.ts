// A section's kept revisions (issue #16): when a save keeps one, what each kind is called, and what the history lists.
// The content itself travels only when one revision is opened.

/** A save keeps a revision when the section's last one is at least this old (autosave writes every second of typing). */
const REVISION_INTERVAL_MS = 10 * 60 * 1000;
/** Revisions kept per section; past it the oldest ordinary ones go (signed and before-restore ones stay). */
export const MAX_REVISIONS_PER_SECTION = 200;

export type RevisionKind = 'edit' | 'signed' | 'before-restore';

/** True when a save at `now` is the first after REVISION_INTERVAL_MS without a revision of that section. */
export function isRevisionDue(lastKeptAt: string | null, now: Date): boolean {
  if (lastKeptAt === null) return true;
  return now.getTime() - Date.parse(lastKeptAt) >= REVISION_INTERVAL_MS;
}

export function revisionLabel(kind: RevisionKind, signedVersion: number | null): string {
  if (kind === 'signed') return `Signed version ${signedVersion ?? '?'}`;
  if (kind === 'before-restore') return 'Before restore';
  return '';
}

export interface RevisionSummary {
  id: number;
  /** 1, 2, 3… per section, in the order kept; never reused. */
  number: number;
  savedAt: string;
  /** The physician's name from the profile, or the computer's user name before a profile exists. */
  author: string;
  words: number;
  /** '' for a revision kept while editing; "Signed version 2", "Before restore". */
  label: string;
}
