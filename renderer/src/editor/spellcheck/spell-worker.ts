// The spelling worker: loads the dictionaries once (about half a second) and answers check/suggest/add requests off the
// page's thread, so typing in a 50-page section never waits for the spellchecker.
// dictionary-en exports only its Node loader (which reads the files with node:fs), so its two files are bundled by path.
import aff from '../../../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../../../node_modules/dictionary-en/index.dic?raw';
import { medicalVocabulary } from './medical-vocabulary';
import { createSpellEngine } from './spell-engine';
import type { SpellRequest, SpellResponse } from './spell-protocol';

// The renderer's program is typed with the DOM library, not the worker one; this is all of the worker scope it uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null;
  postMessage(message: SpellResponse): void;
};
const engine = createSpellEngine({ aff, dic }, medicalVocabulary());

function answer(request: SpellRequest): SpellResponse {
  switch (request.kind) {
    case 'check':
      return { id: request.id, kind: 'check', misspelled: request.words.filter((w) => !engine.isCorrect(w)) };
    case 'suggest':
      return { id: request.id, kind: 'suggest', suggestions: engine.suggest(request.word) };
    case 'add':
      for (const word of request.words) engine.add(word);
      return { id: request.id, kind: 'done' };
    case 'remove':
      engine.remove(request.word);
      return { id: request.id, kind: 'done' };
    default: {
      const unhandled: never = request;
      return unhandled;
    }
  }
}

scope.onmessage = (event: MessageEvent<SpellRequest>) => {
  try {
    scope.postMessage(answer(event.data));
  } catch (error) {
    scope.postMessage({ id: event.data.id, kind: 'error', message: String(error) } satisfies SpellResponse);
  }
};
