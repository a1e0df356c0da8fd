// The templates the app knows: built-ins shipped with it and the user's own folder, loaded once (lazily) and on request.
// A case's pinned id@version must stay loadable; a bad file is listed as a problem, never thrown.
import fs from 'node:fs';
import path from 'node:path';
import type { TemplateRef } from '../../common/case/case-model';
import type { TemplateProblemView, TemplateSummary } from '../../common/ipc/templates.contract';
import { vocabularyOf } from '../../common/template/vocabulary';
import { AppFailure } from '../../common/errors';
import type { Template } from '../../common/template/template-schema';
import {
  findTemplate,
  loadTemplates,
  templatesForNewCases,
  type LoadedTemplate,
  type TemplateLoadResult,
} from './template-loader';

export interface TemplateFolders {
  builtinDir: string;
  userDir: string;
}

const summary = (t: LoadedTemplate): TemplateSummary => ({
  id: t.template.id,
  version: t.template.version,
  title: t.template.title,
  reportKind: t.template.reportKind,
  description: t.template.description,
  origin: t.origin,
  fileName: t.fileName,
  vocabulary: vocabularyOf(t.template),
});

export function createTemplateService(folders: TemplateFolders) {
  let loading: Promise<TemplateLoadResult> | null = null;
  const loaded = () => (loading ??= loadTemplates(folders));

  async function require(ref: TemplateRef): Promise<Template> {
    const found = findTemplate(await loaded(), ref.id, ref.version);
    if (!found) {
      throw new AppFailure(
        'not-found',
        `The template this case was written with (${ref.id}, version ${ref.version}) is missing or has an error. ` +
          'Restore the template file in your templates folder; the case itself is unchanged.',
      );
    }
    return found.template;
  }

  return {
    require,
    async list(): Promise<{ forNewCases: TemplateSummary[]; problems: TemplateProblemView[]; userFolder: string }> {
      loading = null; // re-read the folders, so a template the user just edited shows up
      const result = await loaded();
      return {
        forNewCases: templatesForNewCases(result).map(summary),
        problems: result.problems.map((p) => ({ fileName: p.fileName, path: p.path, line: p.line, message: p.message })),
        userFolder: folders.userDir,
      };
    },
    /** Copies a built-in into the user's folder under a new id, ready to edit. */
    async copyToUserFolder(ref: TemplateRef): Promise<{ fileName: string; id: string }> {
      const source = findTemplate(await loaded(), ref.id, ref.version);
      if (!source) throw new AppFailure('not-found', 'That template is not available to copy.');
      fs.mkdirSync(folders.userDir, { recursive: true });
      let n = 1;
      let id = `${ref.id}-custom`;
      while (
        fs.existsSync(path.join(folders.userDir, `${id}-v1.yaml`)) ||
        (await loaded()).templates.some((t) => t.template.id === id)
      )
        id = `${ref.id}-custom-${++n}`;
      const text = fs
        .readFileSync(source.filePath, 'utf8')
        .replace(/^id:\s*.*$/m, `id: ${id}`)
        .replace(/^version:\s*.*$/m, 'version: 1');
      const fileName = `${id}-v1.yaml`;
      fs.writeFileSync(path.join(folders.userDir, fileName), text, { flag: 'wx' });
      loading = null;
      return { fileName, id };
    },
  };
}
export type TemplateService = ReturnType<typeof createTemplateService>;
