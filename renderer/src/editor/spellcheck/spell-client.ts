// The page's side of the spellchecker: one worker for the whole app, a cache of every word's verdict, batched checks of
// new words, the physician's own dictionary (loaded from and added to the database) and the session's ignored words.
// Editors subscribe to `version`, which changes only when what is underlined may change.
import { call } from '../../api/client';
import type { SpellRequest, SpellResponse } from './spell-protocol';

type Listener = () => void;
type Verdict = 'correct' | 'misspelled';

// New words are checked once typing pauses this long (not on every letter, whose half-typed words would flash
// underlines and re-decorate a long section), and at the latest after MAX_WAIT_MS of non-stop typing.
const CHECK_DELAY_MS = 150;
const MAX_WAIT_MS = 2000;

class SpellClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (response: SpellResponse) => void>();
  private readonly verdicts = new Map<string, Verdict>();
  private readonly pending = new Set<string>();
  private readonly ignored = new Set<string>();
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt = 0;
  private ready: Promise<void> | null = null;
  private version = 0;

  readonly subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getVersion = () => this.version;

  /** true or false once the worker has answered; undefined (and queued for checking) for a word not seen yet. */
  isMisspelled(word: string): boolean | undefined {
    if (this.ignored.has(word)) return false;
    const verdict = this.verdicts.get(word);
    if (verdict) return verdict === 'misspelled';
    if (!this.pending.has(word)) {
      if (this.pending.size === 0) this.firstPendingAt = Date.now();
      this.pending.add(word);
      if (this.timer) clearTimeout(this.timer);
      const waited = Date.now() - this.firstPendingAt;
      this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(CHECK_DELAY_MS, MAX_WAIT_MS - waited)));
    }
    return undefined;
  }

  async suggest(word: string): Promise<string[]> {
    const response = await this.request({ kind: 'suggest', word });
    return response.kind === 'suggest' ? response.suggestions : [];
  }

  /** Adds the word to the physician's dictionary in the database, then stops underlining it everywhere. */
  async addToDictionary(word: string): Promise<void> {
    await call('settings:addSpellingWord', { word });
    await this.request({ kind: 'add', words: [word] });
    this.recheckMisspelled();
  }

  /** Takes the word out of the physician's dictionary again (the Undo of "Add to dictionary"). */
  async removeFromDictionary(word: string): Promise<void> {
    await call('settings:removeSpellingWord', { word });
    await this.request({ kind: 'remove', word });
    this.verdicts.clear(); // every verdict of a form of the word may change; the next render checks again
    this.changed();
  }

  /** Stops underlining the word until the app is restarted (Word's "Ignore All"). */
  ignore(word: string): void {
    this.ignored.add(word);
    this.changed();
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

  private async flush(): Promise<void> {
    this.timer = null;
    const words = [...this.pending];
    this.pending.clear();
    if (words.length === 0) return;
    const response = await this.request({ kind: 'check', words });
    if (response.kind !== 'check') return;
    const misspelled = new Set(response.misspelled);
    for (const word of words) this.verdicts.set(word, misspelled.has(word) ? 'misspelled' : 'correct');
    // Words that are spelled right change nothing on screen: no re-render for them.
    if (misspelled.size > 0) this.changed();
  }

  /** After a dictionary change every underlined word is checked again (adding "okafor" also clears "Okafor"). */
  private recheckMisspelled(): void {
    for (const [word, verdict] of this.verdicts) if (verdict === 'misspelled') this.verdicts.delete(word);
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const spellClient = new SpellClient();
