// The templates:* channels: the built-in and user templates, one template, and copying a built-in to edit it.
import type { HandlersOf } from '../ipc/handler-registry';
import type { TemplateService } from './template-service';

export const templatesHandlers = (templates: TemplateService): HandlersOf<'templates'> => ({
  'templates:list': () => templates.list(),
  'templates:get': (ref) => templates.require(ref),
  'templates:copyToUserFolder': (ref) => templates.copyToUserFolder(ref),
});
