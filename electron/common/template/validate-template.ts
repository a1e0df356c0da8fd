// Checks a parsed template file: its shape (zod), then what a schema cannot see (unique ids, known placeholders and condition fields).
// Every problem names the path in the file and says what to change, in words a physician editing YAML can act on.
import type { z } from 'zod';
import { BOUND_FIELD_NAMES, boundFieldSpec } from './bound-fields';
import { comparedValues, conditionFieldRefs } from './conditions';
import { scanPlaceholders } from './resolve-placeholders';
import {
  TemplateSchema,
  templateFields,
  type Condition,
  type ConditionValue,
  type Field,
  type Template,
  type TableColumn,
} from './template-schema';

export interface TemplateProblem {
  /** Where in the file, e.g. "sections[3].fixedText[0]"; empty for the file as a whole. */
  path: string;
  message: string;
}

export type TemplateValidation = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

type PathSegment = string | number;

function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

/**
 * `builtin`: a template shipped with the app (templates/builtin) is also held to what a signed report needs that a user's
 * own template may leave out: a printed sentence for each answer of every yes-no field (a user template prints "Label: Yes").
 */
export function validateTemplate(input: unknown, options: { builtin?: boolean } = {}): TemplateValidation {
  const parsed = TemplateSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: dedupe(parsed.error.issues.flatMap((i) => issueProblems(i, []))) };
  const problems = semanticProblems(parsed.data, options.builtin ?? false);
  return problems.length ? { ok: false, problems } : { ok: true, template: parsed.data };
}

// ---------- shape problems (zod issues → plain messages) ----------

type Issue = z.core.$ZodIssue;

function issueProblems(issue: Issue, base: PathSegment[]): TemplateProblem[] {
  const segments = [...base, ...(issue.path as PathSegment[])];
  const path = formatPath(segments);
  const last = segments[segments.length - 1];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined && typeof last === 'string') return [{ path, message: `Missing required key "${last}".` }];
      return [{ path, message: `Expected ${expectedName(issue.expected)}, found ${describeValue(input)}.` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...segments, key]),
        message: `Unknown key "${key}". Check its spelling; templates/README.md lists the keys a template may use.`,
      }));
    case 'invalid_value':
      return [
        {
          path,
          message: `Must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(input)}.`,
        },
      ];
    case 'invalid_format':
      return [{ path, message: `${issue.message} Found ${describeValue(input)}.` }];
    case 'too_small':
      return [{ path, message: tooSmallMessage(issue) }];
    case 'too_big':
      return [{ path, message: `Must be at most ${String(issue.maximum)}.` }];
    case 'invalid_union':
      return unionProblems(issue, segments, input);
    default:
      return [{ path, message: issue.message }];
  }
}

function tooSmallMessage(issue: Extract<Issue, { code: 'too_small' }>): string {
  if (issue.origin === 'array' || issue.origin === 'set')
    return `Needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}.`;
  if (issue.origin === 'string') return 'Must not be empty.';
  return `Must be at least ${String(issue.minimum)}.`;
}

function unionProblems(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  segments: PathSegment[],
  input: unknown,
): TemplateProblem[] {
  const path = formatPath(segments);
  const discriminator = (issue as { discriminator?: string }).discriminator;
  if (discriminator) {
    // zod puts the discriminator key on the path already.
    const found = isRecord(input) ? input[discriminator] : undefined;
    const options = ((issue as { options?: unknown[] }).options ?? []).map((o) => JSON.stringify(o)).join(', ');
    if (!isRecord(input))
      return [{ path: formatPath(segments.slice(0, -1)), message: `Expected an object, found ${describeValue(input)}.` }];
    if (found === undefined) return [{ path, message: `Missing required key "${discriminator}" (one of ${options}).` }];
    return [{ path, message: `"${discriminator}" must be one of ${options}; found ${describeValue(found)}.` }];
  }
  // Report the alternative the author most likely meant: one whose keys and type fit, with the fewest complaints.
  const fitting = issue.errors
    .filter((branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'unrecognized_keys' || i.code === 'invalid_type')))
    .sort((a, b) => a.length - b.length);
  const best = fitting[0];
  if (best) return best.flatMap((i) => issueProblems(i, segments));
  const unknownKeys = commonUnknownKeys(issue.errors);
  const prefix = unknownKeys.length
    ? `Unknown key${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => `"${k}"`).join(', ')}. `
    : '';
  return [{ path, message: prefix + unionHint(segments) }];
}

function commonUnknownKeys(branches: Issue[][]): string[] {
  const sets = branches.map(
    (branch) => new Set(branch.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []))),
  );
  const [first, ...rest] = sets;
  return first ? [...first].filter((k) => rest.every((s) => s.has(k))) : [];
}

function unionHint(segments: PathSegment[]): string {
  const last = segments[segments.length - 1];
  const before = segments[segments.length - 2];
  if (last === 'requiredWhen' || last === 'includeWhen' || before === 'all' || before === 'any') {
    return 'Write a condition as {field, equals}, {field, notEquals}, {field, in: [...]}, {all: [...]} or {any: [...]}.';
  }
  if (last === 'equals' || last === 'notEquals' || before === 'in') return 'Use text, a number, true, false or null.';
  if (before === 'fixedText') return 'Write a paragraph as text, or as {text, includeWhen}.';
  return 'This value does not match any allowed form; see templates/README.md.';
}

// ---------- cross-reference problems ----------

interface ValueInfo {
  kind: 'boolean' | 'number' | 'string' | 'choice';
  options?: string[];
  where: string;
}

function fieldValueInfo(field: Field | TableColumn, where: string): ValueInfo {
  switch (field.type) {
    case 'yes-no':
      return { kind: 'boolean', where };
    case 'number':
      return { kind: 'number', where };
    case 'choice':
      return { kind: 'choice', options: field.options.map((o) => o.value), where };
    default:
      return { kind: 'string', where };
  }
}

function semanticProblems(template: Template, builtin: boolean): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (segments: PathSegment[], message: string) => problems.push({ path: formatPath(segments), message });

  // Ids: sections, fields (template-wide, they are placeholder names), export order.
  const sectionIds = new Map<string, number>();
  const orders = new Map<number, string>();
  template.sections.forEach((section, i) => {
    const seen = sectionIds.get(section.id);
    if (seen !== undefined)
      add(
        ['sections', i, 'id'],
        `Section id "${section.id}" is already used by sections[${seen}]. Each id must be unique and is never reused.`,
      );
    else sectionIds.set(section.id, i);
    const orderOwner = orders.get(section.order);
    if (orderOwner !== undefined)
      add(
        ['sections', i, 'order'],
        `Order ${section.order} is already used by section "${orderOwner}". Give each section its own order.`,
      );
    else orders.set(section.order, section.id);
  });

  const known = new Map<string, ValueInfo>();
  for (const { field, section, sectionIndex, fieldIndex } of templateFields(template)) {
    const prior = known.get(field.id);
    if (prior)
      add(
        ['sections', sectionIndex, 'fields', fieldIndex, 'id'],
        `Field id "${field.id}" is already used at ${prior.where}. Each id must be unique and is never reused.`,
      );
    else known.set(field.id, fieldValueInfo(field, `sections[${sectionIndex}].fields[${fieldIndex}] (section "${section.id}")`));
    checkFieldShape(field, ['sections', sectionIndex, 'fields', fieldIndex], add);
    checkPrintAs(field, ['sections', sectionIndex, 'fields', fieldIndex], builtin, add);
  }
  const lookup = (name: string): ValueInfo | undefined => {
    const own = known.get(name);
    if (own) return own;
    const spec = boundFieldSpec(name);
    if (!spec) return undefined;
    return { kind: spec.type === 'boolean' ? 'boolean' : spec.type === 'number' ? 'number' : 'string', where: 'app-provided' };
  };
  const allNames = [...known.keys(), ...BOUND_FIELD_NAMES];

  const checkCondition = (condition: Condition | undefined, at: PathSegment[], selfId?: string) => {
    if (!condition) return;
    for (const ref of conditionFieldRefs(condition)) {
      const refPath = [...at, ...ref.path];
      const info = lookup(ref.field);
      if (!info) {
        add(
          [...refPath, 'field'],
          `Unknown field "${ref.field}" in condition.${suggestion(ref.field, allNames)} Name a field declared in this template or an app-provided field.`,
        );
        continue;
      }
      if (ref.field === selfId)
        add([...refPath, 'field'], `A field's condition cannot depend on the field itself ("${ref.field}").`);
      for (const value of comparedValues(ref.condition)) {
        const wrong = valueMismatch(value, info);
        if (wrong) add(refPath, `Condition on "${ref.field}" ${wrong}`);
      }
    }
  };

  template.sections.forEach((section, i) => {
    const at: PathSegment[] = ['sections', i];
    checkCondition(section.includeWhen, [...at, 'includeWhen']);
    checkCondition(section.requiredWhen, [...at, 'requiredWhen']);
    if (section.requiredWhen && !section.required)
      add([...at, 'requiredWhen'], 'requiredWhen has no effect while required is false. Set required: true.');

    if (section.kind === 'narrative' || section.kind === 'fields') {
      section.fields.forEach((field, j) => {
        const fieldAt = [...at, 'fields', j];
        checkCondition(field.includeWhen, [...fieldAt, 'includeWhen'], field.id);
        checkCondition(field.requiredWhen, [...fieldAt, 'requiredWhen'], field.id);
        if (field.requiredWhen && !field.required)
          add([...fieldAt, 'requiredWhen'], 'requiredWhen has no effect while required is false. Set required: true.');
      });
    }
    if (section.kind === 'table') {
      const { rows, columns, allowAddRows } = section.table;
      if (rows.length === 0 && !allowAddRows) add([...at, 'table', 'rows'], 'A table needs fixed rows, or allowAddRows: true.');
      duplicates(rows.map((r) => r.id)).forEach((j) =>
        add([...at, 'table', 'rows', j, 'id'], `Row id "${rows[j]?.id}" appears twice in this table.`),
      );
      duplicates(columns.map((c) => c.id)).forEach((j) =>
        add([...at, 'table', 'columns', j, 'id'], `Column id "${columns[j]?.id}" appears twice in this table.`),
      );
      columns.forEach((column, j) => {
        checkFieldShape(column, [...at, 'table', 'columns', j], add);
        const unless = column.requiredUnless;
        if (unless && !columns.some((c) => c.id === unless.column && c.id !== column.id))
          add(
            [...at, 'table', 'columns', j, 'requiredUnless', 'column'],
            `requiredUnless names column "${unless.column}", which is not another column of this table.`,
          );
      });
    }
    if (section.kind === 'generated') {
      if (section.generator === 'fixed-text' && section.fixedText.length === 0)
        add([...at, 'fixedText'], 'A "fixed-text" section needs at least one fixedText paragraph.');
      section.boundFields.forEach((name, j) => {
        if (!boundFieldSpec(name))
          add([...at, 'boundFields', j], `Unknown app-provided field "${name}".${suggestion(name, BOUND_FIELD_NAMES)}`);
      });
    }

    section.fixedText.forEach((paragraph, j) => {
      const text = typeof paragraph === 'string' ? paragraph : paragraph.text;
      const textAt: PathSegment[] = typeof paragraph === 'string' ? [...at, 'fixedText', j] : [...at, 'fixedText', j, 'text'];
      if (typeof paragraph !== 'string') checkCondition(paragraph.includeWhen, [...at, 'fixedText', j, 'includeWhen']);
      const scan = scanPlaceholders(text);
      for (const p of scan.placeholders) {
        if (!lookup(p.name)) {
          add(
            textAt,
            p.name.includes('.')
              ? `Unknown placeholder {{${p.name}}} in section "${section.id}": it is not an app-provided field.${suggestion(p.name, allNames)} templates/README.md lists them.`
              : `Unknown placeholder {{${p.name}}} in section "${section.id}".${suggestion(p.name, allNames)} Declare a field with id "${p.name}" in this template, or use an app-provided field (templates/README.md lists them).`,
          );
        }
      }
      for (const raw of scan.malformed)
        add(
          textAt,
          `Malformed placeholder "${raw}" in section "${section.id}". Write placeholders as {{fieldId}} or {{case.examineeName}}.`,
        );
    });
  });
  return problems;
}

function checkFieldShape(
  field: Field | TableColumn,
  at: PathSegment[],
  add: (segments: PathSegment[], message: string) => void,
): void {
  if (field.type === 'choice') {
    duplicates(field.options.map((o) => o.value)).forEach((k) =>
      add([...at, 'options', k, 'value'], `Option value "${field.options[k]?.value}" appears twice in "${field.id}".`),
    );
  }
  if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) {
    add([...at, 'max'], `max (${field.max}) is below min (${field.min}).`);
  }
}

/** A yes-no field's printed sentences: present in a built-in template, and each saying something of its own. */
function checkPrintAs(
  field: Field,
  at: PathSegment[],
  builtin: boolean,
  add: (segments: PathSegment[], message: string) => void,
): void {
  if (field.type !== 'yes-no') return;
  if (!field.printAs) {
    if (builtin)
      add(
        at,
        `The yes-no field "${field.id}" has no printAs sentences, so the report would print its label with "Yes" or "No". ` +
          'Add printAs: { yes: "…", no: "…" } with the statement the physician signs for each answer.',
      );
    return;
  }
  const { yes, no } = field.printAs;
  if (yes.trim() === no.trim())
    add([...at, 'printAs', 'no'], 'printAs.yes and printAs.no are the same sentence; write what each answer says.');
  for (const key of ['yes', 'no'] as const) {
    if (field.printAs[key].includes('{{'))
      add(
        [...at, 'printAs', key],
        'printAs sentences are printed as written: {{placeholders}} are not filled there. Write the sentence out in full.',
      );
  }
}

function valueMismatch(value: ConditionValue, info: ValueInfo): string | null {
  if (value === null) return null;
  switch (info.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `compares a yes/no value with ${describeValue(value)}; use true or false.`;
    case 'number':
      return typeof value === 'number' ? null : `compares a number with ${describeValue(value)}; use a number.`;
    case 'choice':
      return typeof value === 'string' && info.options?.includes(value)
        ? null
        : `uses ${describeValue(value)}, which is not one of its options (${(info.options ?? []).map((o) => `"${o}"`).join(', ')}).`;
    default:
      return typeof value === 'string' ? null : `compares text with ${describeValue(value)}; use text in quotes.`;
  }
}

// ---------- helpers ----------

function duplicates(ids: string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(i);
    seen.add(id);
  });
  return out;
}

function dedupe(problems: TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object (keys and values)',
    null: 'null',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

/** " Did you mean {{x}}?" when a known name is one or two typos away (or differs only in case). */
function suggestion(name: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.ceil(name.length / 3));
  for (const c of candidates) {
    const d = c.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best ? ` Did you mean "${best}"?` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
