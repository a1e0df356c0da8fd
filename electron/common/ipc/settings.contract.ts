// Channels for the physician's settings: profile, signature image and letterhead. Choosing a file opens the system's
// file dialog in the backend's host; the file is checked before it is stored, and a refused file changes nothing.
import { z } from 'zod';
import type { PhysicianProfile } from '../settings/settings-model';
import {
  PhysicianProfileSchema,
  type LetterheadSummary,
  type SettingsView,
  type SignatureImageSummary,
} from '../settings/settings-model';
import { SpellingWordSchema, type SpellingWords } from '../settings/spelling-dictionary';
import { channel } from './channel';

export const settingsContract = {
  /** The profile (null until saved) and summaries of the stored signature image and letterhead. */
  'settings:getProfile': channel(z.object({})).returns<SettingsView>(),
  'settings:saveProfile': channel(PhysicianProfileSchema).returns<PhysicianProfile>(),
  /** null when the dialog was cancelled. */
  'settings:chooseSignatureImage': channel(z.object({})).returns<SignatureImageSummary | null>(),
  'settings:clearSignatureImage': channel(z.object({})).returns<{ cleared: boolean }>(),
  /** null when the dialog was cancelled. */
  'settings:chooseLetterhead': channel(z.object({})).returns<LetterheadSummary | null>(),
  'settings:clearLetterhead': channel(z.object({})).returns<{ cleared: boolean }>(),
  /** The physician's own spelling dictionary, sorted. */
  'settings:getSpellingWords': channel(z.object({})).returns<SpellingWords>(),
  'settings:addSpellingWord': channel(z.object({ word: SpellingWordSchema })).returns<SpellingWords>(),
  'settings:removeSpellingWord': channel(z.object({ word: SpellingWordSchema })).returns<SpellingWords>(),
};
