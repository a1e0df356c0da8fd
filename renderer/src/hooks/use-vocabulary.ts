// The case's template vocabulary (parties, dates, numbers, whether California's rules apply) for every screen of the
// workspace: an auto case's screens say "Plaintiff" and "Date of loss", never "Applicant" or "WCAB case number".
import { createContext, useContext } from 'react';
import { vocabularyOf, type Vocabulary } from '../../../electron/common/template/vocabulary';

/** Outside a case (and in component tests) the screens speak California workers' comp, the app's first arena. */
const VocabularyContext = createContext<Vocabulary>(vocabularyOf({ arena: 'california-workers-comp' }));

export const VocabularyProvider = VocabularyContext.Provider;

export const useVocabulary = (): Vocabulary => useContext(VocabularyContext);
