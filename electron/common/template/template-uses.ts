// Whether a template names a value anywhere, so the workspace shows only the inputs (bound fields, P&S fields) the case's
// template prints or tests.
import type { Template } from './template-schema';

/** Whether a template names this value anywhere (fixed text, caption lines, conditions). */
export function templateUses(template: Template, name: string): boolean {
  return JSON.stringify(template.sections).includes(name);
}
