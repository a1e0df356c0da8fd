// Channels for report templates: what can be chosen for a new case, problems with template files, one template in full.
import { z } from 'zod';
import type { Template } from '../template/template-schema';
import type { Vocabulary } from '../template/vocabulary';
import { TemplateRefSchema } from '../case/case-model';
import { channel } from './channel';

export interface TemplateSummary {
  id: string;
  version: number;
  title: string;
  reportKind: 'QME' | 'IME';
  description: string;
  origin: 'builtin' | 'user';
  fileName: string;
  /** The words the new-case form uses for this template's parties, dates and numbers. */
  vocabulary: Vocabulary;
}

export interface TemplateProblemView {
  fileName: string;
  path: string;
  line?: number;
  message: string;
}

export const templatesContract = {
  'templates:list': channel(z.object({})).returns<{
    forNewCases: TemplateSummary[];
    problems: TemplateProblemView[];
    userFolder: string;
  }>(),
  'templates:get': channel(TemplateRefSchema).returns<Template>(),
  'templates:copyToUserFolder': channel(TemplateRefSchema).returns<{ fileName: string; id: string }>(),
};
