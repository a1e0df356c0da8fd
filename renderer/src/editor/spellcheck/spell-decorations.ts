// One editor's spelling underlines: which words of each text node are misspelled, kept per node (Slate's text nodes are
// immutable) so that re-decorating a long section costs a lookup per node. Text opened in bulk is checked in idle slices,
// the first screen first; typed text at once; a verdict or dictionary change re-checks only the nodes holding its words.
import { Node, Path, Range, Text, type DecoratedRange, type Editor, type NodeEntry } from 'slate';
import { isCheckable, wordsIn, type WordAt } from './spell-words';

export type Verdict = 'correct' | 'misspelled';

/** Words whose verdict changed: `known` when they had none before (a batch came back), else a dictionary change. */
export interface VerdictChange {
  words: ReadonlySet<string>;
  known: boolean;
}

/** The verdicts of the whole app (spell-client.ts; a fake in the tests). */
export interface VerdictSource {
  /** undefined while the word waits for its check (asking queues it). */
  verdict(word: string): Verdict | undefined;
  onVerdicts(listener: (change: VerdictChange) => void): () => void;
  checkQueuedSoon(): void;
  isSettled(): boolean;
}

/** Idle time to work in (requestIdleCallback in the page; driven by hand in the tests). */
export type IdleScheduler = (work: (deadline: { timeRemaining(): number }) => void) => void;

interface Checked {
  flagged: WordAt[];
  /** Words of the node still without a verdict; the node is checked again when they get one. */
  waiting: boolean;
  /** Where the word being typed ended (not asked about: half-typed words would only fill the queue), or -1. */
  skippedEnd: number;
}

// Checking a node while it renders costs at most this much per task: enough for the text being typed and the first
// screen of an opened section; the rest waits for idle time, so a 50-page section opens without waiting for it.
const RENDER_BUDGET_MS = 4;

// A node's words are found once, whichever editor shows it.
const wordsOfNode = new WeakMap<Text, WordAt[]>();
function checkableWords(node: Text): WordAt[] {
  let words = wordsOfNode.get(node);
  if (!words) {
    words = wordsIn(node.text).filter((w) => isCheckable(w.word));
    wordsOfNode.set(node, words);
  }
  return words;
}

export class SpellDecorations {
  private readonly checked = new WeakMap<Text, Checked>();
  /** Nodes to check in idle time, in the order they rendered (document order on opening). */
  private readonly queue = new Set<Text>();
  private idleRequested = false;
  private renderSpent = 0;
  private budgetReset = false;
  private settled = false;
  private connected = false;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly editor: Editor,
    private readonly verdicts: VerdictSource,
    private readonly idle: IdleScheduler,
    /** Told each time every word of the editor has its verdict and its underlines are drawn. */
    private readonly onSettled: () => void = () => {},
  ) {}

  /** Changes whenever some underline changed: the editor then decorates again (cheaply: nodes are cached). */
  readonly getVersion = () => this.version;
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Follows the app's verdicts while the editor is open; the returned function stops (and drops queued work). */
  connect(): () => void {
    this.connected = true;
    const unsubscribe = this.verdicts.onVerdicts((change) => this.verdictsChanged(change));
    // Verdicts may have come back between the first render and now.
    for (const [node] of Node.texts(this.editor)) if (this.checked.get(node)?.waiting) this.queue.add(node);
    if (this.queue.size > 0) this.requestIdle();
    else this.maybeSettled();
    return () => {
      this.connected = false;
      unsubscribe();
    };
  }

  /** Slate's `decorate`: the misspelled words of a text node, except the one the caret ends (still being typed, as in Word). */
  readonly decorate = ([node, path]: NodeEntry): DecoratedRange[] => {
    // Always a new array: slate-react adds its own decorations (the pending marks after Ctrl+B) to the editor's.
    if (!Text.isText(node)) return [];
    const { selection } = this.editor;
    const caret =
      selection && Range.isCollapsed(selection) && Path.equals(selection.anchor.path, path) ? selection.anchor.offset : -1;
    let checked = this.checked.get(node);
    if (!checked || (checked.skippedEnd !== -1 && checked.skippedEnd !== caret)) {
      if (this.withinRenderBudget()) {
        const start = performance.now();
        checked = this.check(node, caret);
        this.renderSpent += performance.now() - start;
      } else {
        this.enqueue(node);
        return [];
      }
    }
    if (checked.flagged.length === 0) return [];
    const ranges: DecoratedRange[] = [];
    for (const { start, end } of checked.flagged) {
      if (end === caret) continue;
      const range = { anchor: { path, offset: start }, focus: { path, offset: end }, misspelled: true }; // renderLeaf's mark
      ranges.push(range);
    }
    return ranges;
  };

  private withinRenderBudget(): boolean {
    if (!this.budgetReset) {
      this.budgetReset = true;
      setTimeout(() => {
        this.renderSpent = 0;
        this.budgetReset = false;
      }, 0);
    }
    return this.renderSpent < RENDER_BUDGET_MS;
  }

  private check(node: Text, caret = this.caretIn(node)): Checked {
    const flagged: WordAt[] = [];
    let waiting = false;
    let skippedEnd = -1;
    for (const word of checkableWords(node)) {
      if (word.end === caret) {
        skippedEnd = caret;
        continue;
      }
      const verdict = this.verdicts.verdict(word.word);
      if (verdict === 'misspelled') flagged.push(word);
      else if (verdict === undefined) waiting = true;
    }
    const checked = { flagged, waiting, skippedEnd };
    this.checked.set(node, checked);
    if (waiting) this.settled = false;
    return checked;
  }

  /** The caret's offset when it is in this text node, else -1. */
  private caretIn(node: Text): number {
    const { selection } = this.editor;
    if (!selection || !Range.isCollapsed(selection) || !Node.has(this.editor, selection.anchor.path)) return -1;
    return Node.get(this.editor, selection.anchor.path) === node ? selection.anchor.offset : -1;
  }

  private enqueue(node: Text): void {
    this.queue.add(node);
    this.settled = false;
    this.requestIdle();
  }

  private requestIdle(): void {
    if (this.idleRequested || !this.connected) return;
    this.idleRequested = true;
    this.idle((deadline) => this.checkQueued(deadline));
  }

  private checkQueued(deadline: { timeRemaining(): number }): void {
    this.idleRequested = false;
    if (!this.connected) return;
    let underlinesChanged = false;
    for (const node of this.queue) {
      if (deadline.timeRemaining() <= 0) break;
      this.queue.delete(node);
      const before = this.checked.get(node);
      const after = this.check(node);
      if (!sameWords(before?.flagged ?? [], after.flagged)) underlinesChanged = true;
    }
    this.verdicts.checkQueuedSoon();
    if (underlinesChanged) this.redecorate();
    if (this.queue.size > 0) this.requestIdle();
    else this.maybeSettled();
  }

  /**
   * Words got a verdict (a batch came back: only nodes waiting for one can change) or changed it (the dictionary:
   * nodes holding the word). Other nodes, and editors without the words, are not checked again. A dictionary change is
   * drawn at once, in every editor in the same frame; a batch in idle time.
   */
  private verdictsChanged({ words, known }: VerdictChange): void {
    if (words.size > 0) {
      const affected: Text[] = [];
      for (const [node] of Node.texts(this.editor)) {
        const checked = this.checked.get(node);
        if (!checked) continue; // not checked yet: it is in the queue
        if (known ? checked.waiting : checkableWords(node).some((w) => words.has(w.word))) affected.push(node);
      }
      if (known) affected.forEach((node) => this.enqueue(node));
      else if (affected.length > 0) {
        affected.forEach((node) => this.check(node));
        this.redecorate();
      }
    }
    this.maybeSettled();
  }

  private maybeSettled(): void {
    if (this.settled || this.queue.size > 0 || !this.verdicts.isSettled()) return;
    for (const [node] of Node.texts(this.editor)) if (this.checked.get(node)?.waiting !== false) return;
    this.settled = true;
    this.onSettled();
  }

  private redecorate(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

const sameWords = (a: WordAt[], b: WordAt[]) =>
  a.length === b.length && a.every((w, i) => w.start === b[i]!.start && w.end === b[i]!.end);
