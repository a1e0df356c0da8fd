// The page's side of the spellchecker: one worker for the whole app, a cache of every word's verdict, batched checks of
// new words, the physician's own dictionary (loaded from and added to the database) and the session's ignored words.
// Editors listen for the words whose verdict changed and re-decorate only the text that holds them (spell-decorations.ts).
import { call } from '../../api/client';
import type { SpellRequest, SpellResponse } from './spell-protocol';
import type { Verdict, VerdictChange, VerdictSource } from './spell-decorations';

type Listener = (change: VerdictChange) => void;

// New words are checked once typing pauses this long (not on every letter, whose half-typed words would flash
// underlines and re-decorate a long section), and at the latest after MAX_WAIT_MS of non-stop typing.
const CHECK_DELAY_MS = 150;
const MAX_WAIT_MS = 2000;

/** Whether a dictionary change to `entry` can change the verdict of `word`: its forms ("Okafor's", "Okafor-Smith"). */
const isFormOf = (word: string, entry: string) => word.toLowerCase().includes(entry.toLowerCase());

class SpellClient implements VerdictSource {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (response: SpellResponse) => void>();
  private readonly verdicts = new Map<string, Verdict>();
  private readonly pending = new Set<string>();
  private inFlight = 0;
  private readonly ignored = new Set<string>();
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt = 0;
  private ready: Promise<void> | null = null;

  readonly onVerdicts = (listener: Listener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The word's verdict once the worker has answered; undefined (and queued for checking) for a word not seen yet. */
  verdict(word: string): Verdict | undefined {
    if (this.ignored.has(word)) return 'correct';
    const verdict = this.verdicts.get(word);
    if (verdict) return verdict;
    if (!this.pending.has(word)) {
      if (this.pending.size === 0) this.firstPendingAt = Date.now();
      this.pending.add(word);
      if (this.timer) clearTimeout(this.timer);
      const waited = Date.now() - this.firstPendingAt;
      this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(CHECK_DELAY_MS, MAX_WAIT_MS - waited)));
    }
    return undefined;
  }

  /** Sends the queued words now: text that was opened, not typed, has no half-typed words to wait for. */
  checkQueuedSoon(): void {
    if (this.pending.size === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), 0);
  }

  /** No word waits for a verdict. */
  isSettled(): boolean {
    return this.pending.size === 0 && this.inFlight === 0;
  }

  async suggest(word: string): Promise<string[]> {
    const response = await this.request({ kind: 'suggest', word });
    return response.kind === 'suggest' ? response.suggestions : [];
  }

  /** Adds the word to the physician's dictionary in the database, then stops underlining it (and its forms) everywhere. */
  async addToDictionary(word: string): Promise<void> {
    await call('settings:addSpellingWord', { word });
    await this.request({ kind: 'add', words: [word] });
    await this.recheck((w, verdict) => verdict === 'misspelled' && isFormOf(w, word));
  }

  /** Takes the word out of the physician's dictionary again (the Undo of "Add to dictionary"). */
  async removeFromDictionary(word: string): Promise<void> {
    await call('settings:removeSpellingWord', { word });
    await this.request({ kind: 'remove', word });
    await this.recheck((w, verdict) => verdict === 'correct' && isFormOf(w, word));
  }

  /** Stops underlining the word until the app is restarted (Word's "Ignore All"). */
  ignore(word: string): void {
    this.ignored.add(word);
    this.emit({ words: new Set([word]), known: false });
  }

  /** Starts the worker (and its dictionaries) ahead of the first check, while the app is idle. */
  warm(): Promise<void> {
    return this.start();
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    this.worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<SpellResponse>) => {
      const resolve = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      resolve?.(event.data);
    };
    // The physician's words go to the worker before the first check, so they are never underlined, not even briefly.
    this.ready = call('settings:getSpellingWords', {})
      .then(({ words }) => this.request({ kind: 'add', words }, false))
      .then(
        () => undefined,
        () => undefined, // without the backend (or a damaged setting) spelling still works, with the built-in words
      );
    return this.ready;
  }

  private async request(body: DistributiveOmit<SpellRequest, 'id'>, waitReady = true): Promise<SpellResponse> {
    if (waitReady) await this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker!.postMessage({ ...body, id } as SpellRequest);
    });
  }

  /** Asks the worker about words; returns those whose verdict it changed. */
  private async check(words: string[]): Promise<Set<string>> {
    const changed = new Set<string>();
    if (words.length === 0) return changed;
    this.inFlight += 1;
    try {
      const response = await this.request({ kind: 'check', words });
      if (response.kind !== 'check') return changed;
      const misspelled = new Set(response.misspelled);
      for (const word of words) {
        const verdict = misspelled.has(word) ? 'misspelled' : 'correct';
        if (this.verdicts.get(word) !== verdict) changed.add(word);
        this.verdicts.set(word, verdict);
      }
      return changed;
    } finally {
      this.inFlight -= 1;
    }
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const words = [...this.pending];
    this.pending.clear();
    const changed = await this.check(words);
    this.emit({ words: changed, known: true });
  }

  /** After a dictionary change, checks again the words whose verdict it may change and tells the editors that show them. */
  private async recheck(affected: (word: string, verdict: Verdict) => boolean): Promise<void> {
    const words = [...this.verdicts].filter(([w, verdict]) => affected(w, verdict)).map(([w]) => w);
    const changed = await this.check(words);
    if (changed.size > 0) this.emit({ words: changed, known: false });
  }

  private emit(change: VerdictChange): void {
    // Emitted with nothing changed too: an editor waiting for the batch may now be settled.
    for (const listener of this.listeners) listener(change);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const spellClient = new SpellClient();
