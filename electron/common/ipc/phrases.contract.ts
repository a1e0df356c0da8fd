// Channels for the physician's phrases: the list, save (new or changed), delete, the values that fill a case's
// placeholders, export and import of a phrases file (the system's file dialog, in the backend's host) and the starter set.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import { PhraseFieldsSchema, type Phrase } from '../phrases/phrase-model';
import { channel } from './channel';

const PhraseIdSchema = z.string().uuid({ message: 'Unknown phrase.' });

export const phrasesContract = {
  /** Every phrase, by section kind, then name. */
  'phrases:list': channel(z.object({})).returns<Phrase[]>(),
  /** Without an id, a new phrase; with one, that phrase changed. */
  'phrases:save': channel(PhraseFieldsSchema.extend({ id: PhraseIdSchema.optional() })).returns<Phrase>(),
  /** Returns the deleted phrase, which Undo saves again. */
  'phrases:delete': channel(z.object({ id: PhraseIdSchema })).returns<Phrase>(),
  /** What each placeholder prints for this case: its value, or its "[label]" gap. */
  'phrases:values': channel(z.object({ caseId: CaseIdSchema })).returns<Record<string, string>>(),
  /** filePath null when the dialog was cancelled. */
  'phrases:export': channel(z.object({})).returns<{ filePath: string | null; count: number }>(),
  /** null when the dialog was cancelled; a file with any problem imports nothing. */
  'phrases:import': channel(z.object({})).returns<{ imported: number } | null>(),
  'phrases:addStarter': channel(z.object({})).returns<{ added: number }>(),
};
