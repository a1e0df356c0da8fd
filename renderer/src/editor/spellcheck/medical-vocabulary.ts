// The medical words the spellchecker accepts besides English: the project's own list (medical-words.ts) and every
// word of the ICD-10-CM titles in the app's pick list (public domain, electron/common/rules/icd10-common.json).
import icd10 from '../../../../electron/common/rules/icd10-common.json';
import { vocabularyWords } from './spell-engine';
import { isCheckable, wordsIn } from './spell-words';
import { MEDICAL_WORDS } from './medical-words';

export function medicalVocabulary(): string[] {
  const words = new Set(vocabularyWords(MEDICAL_WORDS));
  for (const code of icd10.codes) {
    for (const text of [code.description, ...(code.aliases ?? [])]) {
      for (const { word } of wordsIn(text)) if (isCheckable(word)) words.add(word);
    }
  }
  return [...words];
}
