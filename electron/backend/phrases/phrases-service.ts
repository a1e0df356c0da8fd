// The rules of the physician's phrases: a phrase's placeholders must be ones the app can fill, its name and trigger are
// unique, a phrases file is checked whole before anything of it is saved, and a case's values fill the placeholders.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { AppFailure } from '../../common/errors';
import {
  PHRASES_FILE_FORMAT,
  PhrasesFileSchema,
  type Phrase,
  type PhraseFields,
  type PhrasesFile,
} from '../../common/phrases/phrase-model';
import { phrasePlaceholderProblem, printedPlaceholders } from '../../common/phrases/phrase-placeholders';
import type { TemplateValues } from '../../common/template/resolve-placeholders';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackendHost } from '../host';
import type { Db } from '../persistence/open-database';
import { createPhrasesRepository } from './phrases-repository';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface PhrasesServiceDeps {
  db: Db;
  host: BackendHost;
  /** The values a case's report prints (templateValues), for filling placeholders. */
  caseValues: (caseId: string) => TemplateValues;
  starterFile: string;
}

function firstIssue(error: z.ZodError, where: (path: PropertyKey[]) => string): string {
  const issue = error.issues[0];
  return `${issue ? where(issue.path) : ''}${issue?.message ?? 'it is not valid.'}`;
}

export function createPhrasesService({ db, host, caseValues, starterFile }: PhrasesServiceDeps) {
  const repo = createPhrasesRepository(db);

  function checkFields(fields: PhraseFields, id: string | null, label = '') {
    const problem = phrasePlaceholderProblem(fields.content);
    if (problem) throw new AppFailure('invalid-input', `${label}${problem}`);
    const other = repo.clashing(fields, id);
    if (other) {
      const what =
        other.trigger.toLowerCase() === fields.trigger.toLowerCase()
          ? `The trigger ;${fields.trigger} is already used by the phrase "${other.name}". Choose another trigger.`
          : `A phrase named "${other.name}" already exists. Choose another name.`;
      throw new AppFailure('conflict', `${label}${what}`);
    }
  }

  /** Reads and checks a phrases file completely; any problem refuses the whole file. */
  function readPhrasesFile(filePath: string): (PhraseFields & { example?: boolean | undefined })[] {
    const fileName = path.basename(filePath);
    const fix = 'Nothing was imported. Choose a file exported by MedLegal Writer (My phrases → Export).';
    let text: string;
    try {
      const size = fs.statSync(filePath).size;
      if (size > MAX_FILE_BYTES) throw new AppFailure('invalid-file', `"${fileName}" is larger than 5 MB. ${fix}`);
      text = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      throw new AppFailure('invalid-file', `"${fileName}" could not be read. ${fix}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppFailure('invalid-file', `"${fileName}" is not a JSON file (it could not be read as JSON). ${fix}`);
    }
    const parsed = PhrasesFileSchema.safeParse(json);
    if (!parsed.success) {
      const message = firstIssue(parsed.error, (where) => {
        if (where[0] !== 'phrases' || typeof where[1] !== 'number') return '';
        const item = (json as { phrases: { name?: unknown }[] }).phrases[where[1]];
        const name = typeof item?.name === 'string' ? ` ("${item.name}")` : '';
        const field = where.slice(2).join('.');
        return `phrase ${where[1] + 1}${name}${field ? `, ${field}` : ''}: `;
      });
      throw new AppFailure('invalid-file', `"${fileName}": ${message} ${fix}`);
    }
    const phrases = parsed.data.phrases;
    const seen = new Map<string, string>();
    phrases.forEach((p, i) => {
      const label = `"${fileName}", phrase ${i + 1} ("${p.name}"): `;
      for (const key of [`name:${p.name.toLowerCase()}`, `trigger:${p.trigger}`]) {
        const earlier = seen.get(key);
        if (earlier)
          throw new AppFailure(
            'invalid-file',
            `${label}the ${key.split(':')[0]} repeats phrase "${earlier}" of the file. ${fix}`,
          );
        seen.set(key, p.name);
      }
      try {
        checkFields(p, null, label);
      } catch (error) {
        if (error instanceof AppFailure) throw new AppFailure('invalid-file', `${error.message} ${fix}`);
        throw error;
      }
    });
    return phrases;
  }

  const service = {
    list: (): Phrase[] => repo.list(),
    /** Creates a phrase, or changes the one with this id. */
    save(input: PhraseFields & { id?: string | undefined }): Phrase {
      const { id, ...fields } = input;
      checkFields(fields, id ?? null);
      if (id && !repo.update(id, fields))
        throw new AppFailure('not-found', 'This phrase no longer exists (it was deleted). Save it again as a new phrase.');
      return repo.get(id ?? repo.insert(fields))!;
    },
    delete(id: string): Phrase {
      const phrase = repo.get(id);
      if (!phrase || !repo.delete(id)) throw new AppFailure('not-found', 'This phrase was already deleted.');
      return phrase;
    },
    /** Each placeholder's printed text for the case: the value as the report prints it, or its "[label]" gap. */
    filledValues: (caseId: string): Record<string, string> => printedPlaceholders(caseValues(caseId)),
    exportTo(filePath: string): number {
      const phrases = repo.list();
      const file: PhrasesFile = {
        format: PHRASES_FILE_FORMAT,
        version: 1,
        phrases: phrases.map(({ name, trigger, sectionKind, content, example }) => ({
          name,
          trigger,
          sectionKind,
          content,
          example,
        })),
      };
      writeFileAtomic(filePath, Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8'));
      return phrases.length;
    },
    async export(): Promise<{ filePath: string | null; count: number }> {
      const filePath = await host.chooseSavePath('My phrases.json', { name: 'Phrases file', extensions: ['json'] });
      return filePath ? { filePath, count: service.exportTo(filePath) } : { filePath: null, count: 0 };
    },
    importFrom(filePath: string): number {
      const phrases = readPhrasesFile(filePath);
      db.transaction(() => phrases.forEach((p) => repo.insert(p, p.example ?? false)))();
      return phrases.length;
    },
    async import(): Promise<{ imported: number } | null> {
      if (!host.chooseOpenFile)
        throw new AppFailure(
          'invalid-input',
          'Choosing a file is not available here. Use the MedLegal Writer app to import phrases.',
        );
      const filePath = await host.chooseOpenFile({ name: 'Phrases file', extensions: ['json'] });
      return filePath ? { imported: service.importFrom(filePath) } : null;
    },
    /** Adds the starter phrases whose name and trigger are still free; the physician's own phrases are never replaced. */
    addStarter(): { added: number } {
      const starter = PhrasesFileSchema.parse(JSON.parse(fs.readFileSync(starterFile, 'utf8')));
      let added = 0;
      db.transaction(() => {
        for (const p of starter.phrases) {
          if (repo.clashing(p, null)) continue;
          repo.insert(p, true);
          added += 1;
        }
      })();
      return { added };
    },
  };
  return service;
}
export type PhrasesService = ReturnType<typeof createPhrasesService>;
