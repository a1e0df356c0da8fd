// The phrases:* channels: the physician's saved phrases, their file export and import, and the starter set.
import type { HandlersOf } from '../ipc/handler-registry';
import type { PhrasesService } from './phrases-service';

export const phrasesHandlers = (phrases: PhrasesService): HandlersOf<'phrases'> => ({
  'phrases:list': () => phrases.list(),
  'phrases:save': (input) => phrases.save(input),
  'phrases:delete': ({ id }) => phrases.delete(id),
  'phrases:values': ({ caseId }) => phrases.filledValues(caseId),
  'phrases:export': () => phrases.export(),
  'phrases:import': () => phrases.import(),
  'phrases:addStarter': () => phrases.addStarter(),
});
