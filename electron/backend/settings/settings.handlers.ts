// The settings:* channels: the physician's profile, signature image, letterhead and own spelling dictionary.
import type { HandlersOf } from '../ipc/handler-registry';
import type { SettingsService } from './settings-service';

export const settingsHandlers = (settings: SettingsService): HandlersOf<'settings'> => ({
  'settings:getProfile': () => settings.view(),
  'settings:saveProfile': (profile) => settings.saveProfile(profile),
  'settings:chooseSignatureImage': () => settings.chooseSignatureImage(),
  'settings:clearSignatureImage': () => settings.clearSignatureImage(),
  'settings:chooseLetterhead': () => settings.chooseLetterhead(),
  'settings:clearLetterhead': () => settings.clearLetterhead(),
  'settings:getSpellingWords': () => settings.spellingWords(),
  'settings:addSpellingWord': ({ word }) => settings.addSpellingWord(word),
  'settings:removeSpellingWord': ({ word }) => settings.removeSpellingWord(word),
});
