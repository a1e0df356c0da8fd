// Evaluates a template's conditions (equals / notEquals / in, all / any) against case values, and from them
// whether a section, field or fixed paragraph is included and required. Pure, so the UI, export and compliance check agree.
import { isMissingValue, type TemplateValue, type TemplateValues } from './resolve-placeholders';
import type { Condition, ConditionValue, Field, FixedParagraph, Section } from './template-schema';

/** A blank or absent value counts as null, so `notEquals: null` reads "has been answered". */
function valueOf(values: TemplateValues, name: string): ConditionValue {
  const v: TemplateValue = values[name];
  return v === undefined || isMissingValue(v) ? null : v;
}

export function evaluateCondition(condition: Condition, values: TemplateValues): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, values));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, values));
  const actual = valueOf(values, condition.field);
  if ('equals' in condition) return actual === condition.equals;
  if ('notEquals' in condition) return actual !== condition.notEquals;
  return condition.in.includes(actual);
}

/** Every field a condition names, with the path to its `field` key relative to the condition. */
export function conditionFieldRefs(
  condition: Condition,
  path: Array<string | number> = [],
): Array<{ field: string; path: Array<string | number>; condition: Condition }> {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionFieldRefs(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionFieldRefs(c, [...path, 'any', i]));
  return [{ field: condition.field, path, condition }];
}

/** The values a leaf condition compares against. */
export function comparedValues(condition: Condition): ConditionValue[] {
  if ('equals' in condition) return [condition.equals];
  if ('notEquals' in condition) return [condition.notEquals];
  if ('in' in condition) return condition.in;
  return [];
}

const holds = (condition: Condition | undefined, values: TemplateValues) =>
  condition ? evaluateCondition(condition, values) : true;

/** Whether the section appears in the workspace and the export. */
export function isSectionIncluded(section: Section, values: TemplateValues): boolean {
  return holds(section.includeWhen, values);
}

/** Whether the report needs this section filled in: included, required, and its requiredWhen (if any) holds. */
export function isSectionRequired(section: Section, values: TemplateValues): boolean {
  return isSectionIncluded(section, values) && section.required && holds(section.requiredWhen, values);
}

export function isFieldIncluded(field: Field, section: Section, values: TemplateValues): boolean {
  return isSectionIncluded(section, values) && holds(field.includeWhen, values);
}

/** A field's own required flag applies whenever it is shown, whatever the section's required flag says. */
export function isFieldRequired(field: Field, section: Section, values: TemplateValues): boolean {
  return isFieldIncluded(field, section, values) && field.required && holds(field.requiredWhen, values);
}

export function isParagraphIncluded(paragraph: FixedParagraph, values: TemplateValues): boolean {
  return typeof paragraph === 'string' || holds(paragraph.includeWhen, values);
}
