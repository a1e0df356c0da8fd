// Whether a template names a value anywhere, so the workspace shows only the inputs (bound fields, P&S fields) the case's
// template prints or tests.
import type { Template } from './template-schema';

/** Whether a template names this value anywhere (fixed text, caption lines, conditions). */
export function templateUses(template: Template, name: string): boolean {
  return JSON.stringify(template.sections).includes(name);
}

/** The template section whose narrative the report follows with the temporary disability periods. */
export const TD_SECTION_ID = 'temporary-disability';

/** Whether the report prints temporary disability periods: only after a template section with that id. */
export const templatePrintsTdPeriods = (template: Template): boolean => template.sections.some((s) => s.id === TD_SECTION_ID);
