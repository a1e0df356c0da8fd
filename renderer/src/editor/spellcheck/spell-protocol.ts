// Messages between the page and the spelling worker (spell-worker.ts ↔ spell-client.ts).

export type SpellRequest =
  | { id: number; kind: 'check'; words: string[] }
  | { id: number; kind: 'suggest'; word: string }
  | { id: number; kind: 'add'; words: string[] }
  | { id: number; kind: 'remove'; word: string };

export type SpellResponse =
  | { id: number; kind: 'check'; misspelled: string[] }
  | { id: number; kind: 'suggest'; suggestions: string[] }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'error'; message: string };
