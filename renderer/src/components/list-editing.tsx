// What the list and form editors of every feature share (case data, discussion, records): per-item zod issues and
// validity reporting, add/replace/remove with the "Removed … Undo" notice, the list's frame with its add button, the
// remove button, the empty state and the compact card styles.
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState, type ReactNode, type Ref, type RefObject } from 'react';
import type { z } from 'zod';
import { useReportValidity } from '../hooks/use-report-validity';

/**
 * A v4 UUID for a new item. crypto.randomUUID exists only in secure contexts: the app's app:// scheme is one, but the E2E
 * harness serves the renderer over plain http, so fall back to getRandomValues (available everywhere).
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** First message per field path of one item ("adjNumber", "bodyParts.1.name"; "" for the item as a whole). */
export type Issues = Readonly<Record<string, string>>;

export function issuesOf(schema: z.ZodType, item: unknown): Issues {
  const parsed = schema.safeParse(item);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.map(String).join('.')] ??= issue.message;
  return out;
}

export function listIsValid(schema: z.ZodType, items: readonly unknown[]): boolean {
  return items.every((item) => schema.safeParse(item).success);
}

/** Props for a Fluent Field showing one issue (or none). */
export function fieldState(message: string | undefined) {
  return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) };
}

/** What a list editor of the case takes: the whole list, and where a changed list and its validity go. */
export interface ListEditorProps<T> {
  items: T[];
  onChange: (items: T[]) => void;
  onValidityChange?: (valid: boolean) => void;
}

/**
 * Issues of every item, derived on each render; `emit`, which reports validity before handing the whole list to the
 * parent (so a parent that saves in onChange already knows whether to); and `list`, the add/replace/remove of
 * useListItems through that `emit`. Validity is also reported on mount and whenever it changes from outside (e.g. the
 * parent loads another case).
 */
export function useListEditing<T>(
  items: readonly T[],
  onChange: (items: T[]) => void,
  schema: z.ZodType,
  onValidityChange?: (valid: boolean) => void,
) {
  const issues = useMemo(() => items.map((item) => issuesOf(schema, item)), [items, schema]);
  const valid = issues.every((i) => Object.keys(i).length === 0);
  const report = useReportValidity(valid, onValidityChange);
  const emit = (next: T[]) => {
    report(listIsValid(schema, next));
    onChange(next);
  };
  return { issues, valid, emit, list: useListItems(items, emit) };
}

export interface Removal<T> {
  /** What was removed, in words ("injury 2", "party A. Lawyer"). */
  what: string;
  /** Puts the removed item back into the list as it is now (other edits since the removal are kept). */
  restore: (current: T[]) => T[];
}

const UNDO_MS = 8000;

/** What a removal notice shows and does: the pending removal, if any, and its Undo. */
export interface PendingUndo {
  removal: { what: string; seq: number } | null;
  undo: () => void;
}

/** One pending removal at a time; a newer removal replaces the older, which then stays removed. */
function useUndoRemoval<T>(items: readonly T[], emit: (items: T[]) => void) {
  const [removal, setRemoval] = useState<(Removal<T> & { seq: number }) | null>(null);
  useEffect(() => {
    if (!removal) return;
    const timer = setTimeout(() => setRemoval(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [removal]);
  return {
    removal,
    offer: (r: Removal<T>) => setRemoval({ ...r, seq: (removal?.seq ?? 0) + 1 }),
    undo: () => {
      if (removal) emit(removal.restore([...items]));
      setRemoval(null);
    },
  };
}

/**
 * What a list editor does to its items through `emit`: add one (and name the control to focus when it mounts, e.g. the
 * item's id or `${id}:text`), replace one, and remove one with an Undo that names `what` was removed.
 */
export function useListItems<T>(items: readonly T[], emit: (items: T[]) => void) {
  const undo = useUndoRemoval(items, emit);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  return {
    items,
    undo,
    focusKey,
    setFocusKey,
    add: (item: T, focus: string) => {
      setFocusKey(focus);
      emit([...items, item]);
    },
    replace: (index: number, item: T) => emit(replaceAt(items, index, item)),
    remove: (index: number, what: string) => {
      const item = items[index]!;
      emit(removeAt(items, index));
      undo.offer({ what, restore: (current) => insertAt(current, index, item) });
    },
  };
}

/** `list` with `item` in place of the item of the same id. */
export function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.map((x) => (x.id === item.id ? item : x));
}

/** `list` with the item of that id changed by `change` (e.g. a part removed from it put back). */
export function updateById<T extends { id: string }>(list: readonly T[], id: string, change: (item: T) => T): T[] {
  return list.map((x) => (x.id === id ? change(x) : x));
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list];
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/**
 * The live region is always rendered so screen readers announce the message when it appears. The Undo button takes
 * focus (the Remove button it replaces is gone); when the notice goes while focused, focus moves to `fallbackFocus`.
 */
export function RemovedNotice({
  removal,
  onUndo,
  fallbackFocus,
}: {
  removal: { what: string; seq: number } | null;
  onUndo: () => void;
  fallbackFocus: RefObject<HTMLElement | null>;
}) {
  const styles = useEditorStyles();
  return (
    <div role="status" aria-live="polite" className={styles.notice}>
      {removal && <RemovedMessage key={removal.seq} what={removal.what} onUndo={onUndo} fallbackFocus={fallbackFocus} />}
    </div>
  );
}

function RemovedMessage({
  what,
  onUndo,
  fallbackFocus,
}: {
  what: string;
  onUndo: () => void;
  fallbackFocus: RefObject<HTMLElement | null>;
}) {
  const focused = useRef(false);
  useEffect(
    () => () => {
      const active = document.activeElement;
      if (focused.current && (!active || active === document.body)) fallbackFocus.current?.focus();
    },
    [fallbackFocus],
  );
  return (
    <span onFocus={() => (focused.current = true)} onBlur={() => (focused.current = false)}>
      <Body1>Removed {what}. </Body1>
      <Button size="small" appearance="transparent" autoFocus onClick={onUndo}>
        Undo
      </Button>
    </span>
  );
}

type AddControl =
  | { label: string; ariaLabel?: string; onClick: () => void }
  /** A control of its own (e.g. a menu); its button takes the ref, so focus can fall back on it after Undo. */
  | ((ref: RefObject<HTMLButtonElement | null>) => ReactNode);

/**
 * The frame of a list editor (`list` from useListItems or useListEditing): its content, `empty` while the list has no
 * items, then the "Removed … Undo" notice and the add button, on which focus falls back when the notice goes. Without
 * `add` (a list the template keeps fixed) neither is shown.
 */
export function ListEditorShell({
  list,
  add,
  empty,
  rootRef,
  children,
}: {
  list: { items: readonly unknown[]; undo: PendingUndo };
  add?: AddControl;
  /** What the list is for and how to start it, in place of the items it does not have yet. */
  empty?: ReactNode;
  rootRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const styles = useEditorStyles();
  const addRef = useRef<HTMLButtonElement>(null);
  const { undo } = list;
  return (
    <div ref={rootRef} className={styles.list}>
      {children}
      {list.items.length === 0 && empty && <EmptyState>{empty}</EmptyState>}
      {add && (
        <>
          <RemovedNotice removal={undo.removal} onUndo={undo.undo} fallbackFocus={addRef} />
          <div>
            {typeof add === 'function' ? (
              add(addRef)
            ) : (
              <Button ref={addRef} size="small" icon={<AddRegular />} aria-label={add.ariaLabel} onClick={add.onClick}>
                {add.label}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

/** The bin button that removes an item or a part of one; `what` ends its label and tooltip ("Remove party 2"). */
export function RemoveButton({ what, onClick, className }: { what: string; onClick: () => void; className?: string }) {
  return (
    <Button
      size="small"
      appearance="subtle"
      icon={<DeleteRegular />}
      aria-label={`Remove ${what}`}
      title={`Remove ${what}`}
      className={className}
      onClick={onClick}
    />
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  const styles = useEditorStyles();
  return <Body1 className={styles.empty}>{children}</Body1>;
}

export const useEditorStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM },
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cardHeader: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: '14rem', minWidth: 0 },
  narrow: { flexBasis: '10rem', minWidth: 0 },
  /** For controls in narrow cells: fill the cell instead of keeping the input's intrinsic width (which overflows it). */
  fill: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground2 },
  notice: { display: 'flex', alignItems: 'center' },
  iconButton: { marginTop: tokens.spacingVerticalXXS },
});
