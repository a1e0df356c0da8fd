// Puts a case of one template into a real backend with every value a physician can enter for that template set to a
// unique marker (or a distinct date, number or non-default choice), and lists what the report must print for each.
// The values come from the template and from the zod schemas' keys, so a new field or key is noticed here.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Backend } from '../../../electron/backend/create-backend';
import { formatEnteredValue } from '../../../electron/backend/report/docx/format-values';
import { levelLabel } from '../../../electron/common/calc/ama5-table';
import { factorKindLabel, FACTOR_KINDS, regionLabel } from '../../../electron/common/calc/apportionment';
import { ML_CODES, MODIFIER_CODES } from '../../../electron/common/calc/fees';
import { CaseFieldsSchema, type CaseFields } from '../../../electron/common/case/case-model';
import {
  ApportionmentSchema,
  CombineAcrossSchema,
  CombineOptionSchema,
  EMPTY_DISCUSSION,
  ExtensionSchema,
  FeeInputSchema,
  ImpairmentSchema,
  PriorAwardSchema,
  PsStatusSchema,
  ScheduleSchema,
  TdPeriodSchema,
  type Apportionment,
  type ApportionmentFactorInput,
  type CombineAcross,
  type CombineOption,
  type DiscussionData,
  type Extension,
  type FeeInput,
  type Impairment,
  type PriorAward,
  type PsStatus,
  type Schedule,
  type TdPeriod,
} from '../../../electron/common/case/discussion-model';
import { psFromFieldValues, templateHasPsFields } from '../../../electron/common/case/ps-status-fields';
import {
  answerSectionId,
  DiagnosisSchema,
  EMPTY_CASE_DATA,
  InjurySchema,
  MeasurementSchema,
  PARTY_ROLES,
  PartySchema,
  QuestionSchema,
  type CaseData,
  type Diagnosis,
  type FieldValue,
  type FieldValues,
  type Injury,
  type Measurement,
  type Party,
  type PartyQuestion,
} from '../../../electron/common/case/structure-model';
import { DISMISSED_WARNINGS_VALUE } from '../../../electron/common/compliance/dismissals';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import {
  ChronologyEntryInputSchema,
  NewBatchSchema,
  type ChronologyEntryInput,
  type NewBatchInput,
} from '../../../electron/common/records/records-types';
import { tableValueName, type CellValue, type TableValue } from '../../../electron/common/report/table-values';
import { ENTERED_BOUND_FIELDS } from '../../../electron/common/report/template-values';
import { PhysicianProfileSchema, type PhysicianProfile } from '../../../electron/common/settings/settings-model';
import { BOUND_FIELDS } from '../../../electron/common/template/bound-fields';
import {
  comparedValues,
  conditionFieldRefs,
  isFieldIncluded,
  isSectionIncluded,
} from '../../../electron/common/template/conditions';
import type { TemplateValues } from '../../../electron/common/template/resolve-placeholders';
import {
  templateFields,
  type Condition,
  type Field,
  type GeneratedSection,
  type Section,
  type TableColumn,
  type Template,
} from '../../../electron/common/template/template-schema';
import { templateUses } from '../../../electron/common/template/template-uses';
import {
  GUIDES_EDITION_LABELS,
  partyRoleLabel,
  vocabularyOf,
  type Vocabulary,
} from '../../../electron/common/template/vocabulary';
import { formatUsDate } from '../../../electron/common/util/iso-date';

/** A: yes-no answered yes and each choice set to what the template's conditions ask for; B: the other answers. */
export type RunName = 'A' | 'B';
export interface Run {
  name: RunName;
  /** The report's values as printed in this run (conditions are evaluated on them). */
  values: TemplateValues;
}

export interface Expected {
  /** The value, named as in INTERNAL_VALUES, e.g. "injuries.description", "parties[employer].address". */
  key: string;
  /** What the report prints for it (compared without regard to case or runs of whitespace). */
  text: string;
  /** A unique marker: printed nowhere unless this value is (so an internal value that prints can be caught). */
  marker: boolean;
  /** The runs whose report shows the value (its section or field included); every run when absent. */
  when?: (run: Run) => boolean;
}

export interface MarkedCase {
  caseId: string;
  expected: Expected[];
  /** Keys of a model the fill does not know: a new field, to be filled here and printed or listed internal. */
  unknownKeys: string[];
  /** Saves run B's answers (yes-no answered no, the other choices, no county so the profile's default prints). */
  switchToRunB(): void;
}

type Shown = ((run: Run) => boolean) | undefined;
const runA = (run: Run) => run.name === 'A';
const runB = (run: Run) => run.name === 'B';
const percent = (n: number) => `${n}%`;

/** The keys of a zod object schema, through defaults, nullables, optionals and arrays. */
function schemaKeys(schema: z.ZodType): string[] {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodObject) return Object.keys(s.shape);
    if (s instanceof z.ZodDefault || s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else throw new Error(`not an object schema: ${s.constructor.name}`);
  }
}

/** Markers, dates and numbers, each handed out once, with what the report must print for each. */
class Marks {
  readonly expected: Expected[] = [];
  /** Keys of a schema that no filler covers. */
  readonly unknown: string[] = [];
  private markers = 0;
  private days = 0;
  private numbers = [37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 29, 31, 23, 19, 17];

  /** A row from one filler per key; a key the schema has and the filler lacks is reported, never silently left out. */
  build<T>(what: string, schema: z.ZodType, fill: { [K in keyof T]-?: () => T[K] }): T {
    const known = Object.keys(fill);
    for (const key of schemaKeys(schema)) if (!known.includes(key)) this.unknown.push(`${what}.${key}`);
    return Object.fromEntries(Object.entries(fill).map(([k, f]) => [k, (f as () => unknown)()])) as T;
  }

  expect(key: string, text: string, shown?: Shown, marker = false): void {
    this.expected.push({ key, text, marker, ...(shown ? { when: shown } : {}) });
  }

  /** A value that is not a marker (a closed choice, a flag, a count), printed as itself where it is printed. */
  value<T extends string | number | boolean>(key: string, value: T, shown?: Shown): T {
    this.expect(key, String(value), shown);
    return value;
  }

  /** Letters only (a county name takes nothing else), all of one length, so no marker is part of another. */
  marker(key: string, shown?: Shown): string {
    let n = this.markers++;
    let code = '';
    for (let i = 0; i < 3; i++, n = Math.floor(n / 26)) code = String.fromCharCode(97 + (n % 26)) + code;
    const marker = `Zmk${code}q`;
    this.expect(key, marker, shown, true);
    return marker;
  }

  /** Distinct ISO dates in date order (a CT period or a disability period runs forward), printed MM/DD/YYYY. */
  date(key: string, shown?: Shown): string {
    const iso = new Date(Date.UTC(2012, 0, 3 + 11 * this.days++)).toISOString().slice(0, 10);
    this.expect(key, formatUsDate(iso), shown);
    return iso;
  }

  /** A whole number from 17 to 97 not used before; `printed` says how the report shows it. */
  number(key: string, printed: (n: number) => string, shown?: Shown): number {
    const n = this.numbers.shift();
    if (n === undefined) throw new Error('out of distinct numbers');
    this.expect(key, printed(n), shown);
    return n;
  }
}

interface Ctx {
  backend: Backend;
  template: Template;
  words: Vocabulary;
  caseId: string;
  marks: Marks;
}

const generatorSection = (template: Template, generator: GeneratedSection['generator']) =>
  template.sections.find((s): s is GeneratedSection => s.kind === 'generated' && s.generator === generator);
const shownWith = (section: Section | undefined) => (run: Run) => !!section && isSectionIncluded(section, run.values);

// ---------- the physician's profile and the case ----------

function putProfile(backend: Backend, template: Template, marks: Marks): void {
  const usesCounty = templateUses(template, 'signing.county');
  const profile = marks.build<PhysicianProfile>('physician', PhysicianProfileSchema, {
    name: () => marks.marker('physician.name'),
    credentials: () => marks.marker('physician.credentials'),
    specialty: () => marks.marker('physician.specialty'),
    qmeNumber: () => marks.marker('physician.qmeNumber'),
    licenseNumber: () => marks.marker('physician.licenseNumber'),
    practiceAddress: () => marks.marker('physician.practiceAddress'),
    // A default: it prints where the case names no county of its own (run B clears the case's).
    defaultCounty: () => marks.marker('physician.defaultCounty', usesCounty ? runB : undefined),
  });
  backend.services.settings.saveProfile(profile);
}

async function putCase(backend: Backend, template: Template, marks: Marks): Promise<string> {
  const fields = marks.build<CaseFields>('case', CaseFieldsSchema, {
    examineeName: () => marks.marker('case.examineeName'),
    dateOfBirth: () => marks.date('case.dateOfBirth'),
    claimNumber: () => marks.marker('case.claimNumber'),
    employer: () => marks.marker('case.employer'),
    claimsAdministrator: () => marks.marker('case.claimsAdministrator'),
    reportKind: () => {
      marks.expect(
        'case.reportKind',
        template.reportKind === 'QME' ? 'Qualified Medical Evaluation' : 'Independent Medical Examination',
      );
      return template.reportKind;
    },
    examDate: () => marks.date('case.examDate'),
  });
  return (await backend.services.cases.create(fields, { id: template.id, version: template.version })).id;
}

// ---------- injuries, parties and the lists of the generated sections ----------

/** As the injuries editor offers them: kind, CT period and psych claim in workers' comp, a case number where the arena has one. */
function putInjuries({ backend, template, words, caseId, marks }: Ctx): string[] {
  const inTable = !!generatorSection(template, 'injuries-table');
  const ids = words.workersComp ? [randomUUID(), randomUUID()] : [randomUUID()];
  const injuries = ids.map((id, i) => {
    const cumulative = i === 1;
    const bodyPart = marks.build<Injury['bodyParts'][number]>('injuries.bodyParts', InjurySchema.shape.bodyParts, {
      name: () => marks.marker('injuries.bodyParts.name'),
      status: () => 'disputed',
    });
    marks.expect('injuries.bodyParts.status', `${bodyPart.name} (disputed)`);
    return marks.build<Injury>('injuries', InjurySchema, {
      id: () => id,
      kind: () => {
        if (!words.workersComp) return 'specific';
        marks.expect('injuries.kind', cumulative ? 'Cumulative trauma' : inTable ? 'Specific' : '(specific injury)');
        return cumulative ? 'cumulative' : 'specific';
      },
      date: () => (cumulative ? null : marks.date('injuries.date')),
      ctFrom: () => (cumulative ? marks.date('injuries.ctFrom') : null),
      ctTo: () => (cumulative ? marks.date('injuries.ctTo') : null),
      adjNumber: () => (words.caseNumber ? marks.marker('injuries.adjNumber') : ''),
      description: () => marks.marker('injuries.description'),
      psychClaimed: () => {
        if (!words.workersComp || !cumulative) return false;
        marks.expect('injuries.psychClaimed', 'Psychiatric injury claimed');
        return true;
      },
      bodyParts: () => [bodyPart],
    });
  });
  backend.services.caseData.saveInjuries(caseId, injuries);
  return ids;
}

/** One party of each role. */
function putParties({ backend, words, caseId, marks }: Ctx): Party[] {
  const parties = PARTY_ROLES.map((role) => {
    const key = (k: string) => `parties[${role}].${k}`;
    return marks.build<Party>(`parties[${role}]`, PartySchema, {
      id: () => randomUUID(),
      role: () => {
        marks.expect(key('role'), partyRoleLabel(role, words));
        return role;
      },
      name: () => marks.marker(key('name')),
      organization: () => marks.marker(key('organization')),
      address: () => marks.marker(key('address')),
      phone: () => marks.marker(key('phone')),
      email: () => marks.marker(key('email')),
    });
  });
  backend.services.caseData.saveParties(caseId, parties);
  return parties;
}

/** Each list is entered in the step of the section that prints it; a template without that section has no editor for it. */
function putLists({ backend, template, caseId, marks }: Ctx, parties: Party[]): void {
  const { caseData, documents } = backend.services;
  const diagnoses = generatorSection(template, 'diagnoses-table');
  if (diagnoses) {
    const shown = shownWith(diagnoses);
    const diagnosis = marks.build<Diagnosis>('diagnoses', DiagnosisSchema, {
      id: () => randomUUID(),
      bodyPart: () => marks.marker('diagnoses.bodyPart', shown),
      code: () => marks.value('diagnoses.code', 'Y84.ZQ7', shown),
      description: () => marks.marker('diagnoses.description', shown),
    });
    caseData.saveDiagnoses(caseId, [diagnosis]);
  }

  const measurements = generatorSection(template, 'measurements-table');
  if (measurements) {
    const shown = shownWith(measurements);
    const measurement = marks.build<Measurement>('measurements', MeasurementSchema, {
      id: () => randomUUID(),
      bodyPart: () => marks.marker('measurements.bodyPart', shown),
      kind: () => {
        marks.expect('measurements.kind', 'Grip strength', shown);
        return 'grip';
      },
      name: () => marks.marker('measurements.name', shown),
      side: () => {
        marks.expect('measurements.side', 'Left', shown);
        return 'left';
      },
      // A reading holds a digit, or its unit is not printed beside it.
      value: () => `${marks.marker('measurements.value', shown)}7`,
      normal: () => `${marks.marker('measurements.normal', shown)}9`,
      unit: () => marks.marker('measurements.unit', shown),
    });
    caseData.saveMeasurements(caseId, [measurement]);
  }

  const questions = generatorSection(template, 'party-questions-answers');
  if (questions) {
    const shown = shownWith(questions);
    const attorney = parties.find((p) => p.role === 'applicant-attorney')!;
    const items = [null, attorney].map((party) =>
      marks.build<PartyQuestion>('questions', QuestionSchema, {
        id: () => randomUUID(),
        partyId: () => {
          marks.expect('questions.partyId', party ? `Questions from ${party.name}` : 'Questions from all parties', shown);
          return party?.id ?? null;
        },
        text: () => marks.marker('questions.text', shown),
      }),
    );
    caseData.saveQuestions(caseId, items);
    for (const q of items)
      documents.save(caseId, answerSectionId(q.id), paragraphsToDocument([marks.marker('questions.answer', shown)]));
  }
}

// ---------- entered values: template fields, the bound fields the template names, table sections ----------

/** Every leaf condition of the template, on sections, fields and fixed paragraphs. */
function templateConditions(template: Template): Condition[] {
  const out: (Condition | undefined)[] = [];
  for (const s of template.sections) {
    out.push(s.includeWhen, s.requiredWhen);
    for (const p of s.fixedText) if (typeof p !== 'string') out.push(p.includeWhen);
    if (s.kind === 'narrative' || s.kind === 'fields') for (const f of s.fields) out.push(f.includeWhen, f.requiredWhen);
  }
  return out.filter((c): c is Condition => !!c).flatMap((c) => conditionFieldRefs(c).map((r) => r.condition));
}

/** Run A's and run B's answer of a choice field: what the template's conditions ask for first, then another option. */
function choiceAnswers(field: Extract<Field, { type: 'choice' }>, conditions: Condition[]): [string, string] {
  const options = field.options.map((o) => o.value);
  const wanted = conditions
    .filter((c) => 'field' in c && c.field === field.id && !('notEquals' in c))
    .flatMap(comparedValues)
    .filter((v): v is string => typeof v === 'string' && options.includes(v));
  const a = wanted[0] ?? options[options.length - 1]!;
  const b = wanted.find((v) => v !== a) ?? options.find((v) => v !== a) ?? a;
  return [a, b];
}

function cellValue(marks: Marks, key: string, column: TableColumn, shown: Shown): CellValue {
  switch (column.type) {
    case 'text':
    case 'longtext':
      return marks.marker(key, shown);
    case 'date':
      return marks.date(key, shown);
    case 'number':
      return marks.number(key, (n) => formatEnteredValue(column, n)!, shown);
    case 'choice': {
      const value = column.options[Math.min(1, column.options.length - 1)]!.value;
      marks.expect(key, formatEnteredValue(column, value)!, shown);
      return value;
    }
    case 'yes-no':
      marks.expect(key, 'Yes', shown);
      return true;
  }
}

/** Saves run A's values and returns both runs' (they differ in yes-no answers, choices and the county of signing). */
function putValues({ backend, template, caseId, marks }: Ctx): { a: FieldValues; b: FieldValues } {
  const conditions = templateConditions(template);
  const a: FieldValues = {};
  const b: FieldValues = {};
  const both = (name: string, value: FieldValue) => {
    a[name] = value;
    b[name] = value;
  };
  for (const { field, section } of templateFields(template)) {
    const key = `field.${field.id}`;
    const shown = (run: Run) => isFieldIncluded(field, section, run.values);
    const shownIn = (name: RunName) => (run: Run) => run.name === name && shown(run);
    switch (field.type) {
      case 'text':
      case 'longtext':
        both(field.id, marks.marker(key, shown));
        break;
      case 'date':
        both(field.id, marks.date(key, shown));
        break;
      case 'number': {
        const n = marks.number(key, (v) => formatEnteredValue(field, v)!, shown);
        if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
          throw new Error(`${field.id}: ${n} is outside the field's range`);
        both(field.id, n);
        break;
      }
      case 'choice': {
        [a[field.id], b[field.id]] = choiceAnswers(field, conditions);
        marks.expect(key, formatEnteredValue(field, a[field.id])!, shownIn('A'));
        marks.expect(key, formatEnteredValue(field, b[field.id])!, shownIn('B'));
        break;
      }
      case 'yes-no':
        a[field.id] = true;
        b[field.id] = false;
        marks.expect(key, field.printAs?.yes ?? 'Yes', shownIn('A'));
        marks.expect(key, field.printAs?.no ?? 'No', shownIn('B'));
        break;
    }
  }
  for (const name of ENTERED_BOUND_FIELDS) {
    if (!templateUses(template, name)) continue;
    if (name === 'signing.county') {
      a[name] = marks.marker(name, runA);
      b[name] = null;
    } else if (name === 'case.guidesEdition') {
      // A closed list on the case step, stored as its label.
      both(name, marks.value(name, GUIDES_EDITION_LABELS['6th']));
    } else {
      both(name, BOUND_FIELDS[name].type === 'date' ? marks.date(name) : marks.marker(name));
    }
  }
  for (const section of template.sections) {
    if (section.kind !== 'table') continue;
    const spec = section.table;
    const shown = shownWith(section);
    const cells = () =>
      Object.fromEntries(spec.columns.map((c) => [c.id, cellValue(marks, `table.${section.id}.${c.id}`, c, shown)]));
    const added = spec.allowAddRows
      ? [{ id: randomUUID(), label: marks.marker(`table.${section.id}.addedRowLabel`, shown), cells: cells() }]
      : [];
    const value: TableValue = { rows: [...spec.rows.slice(0, 1).map((row) => ({ ...row, cells: cells() })), ...added] };
    both(tableValueName(section.id), JSON.stringify(value));
  }
  both(DISMISSED_WARNINGS_VALUE, JSON.stringify([marks.marker(DISMISSED_WARNINGS_VALUE)]));
  backend.services.caseData.saveValues(caseId, a);
  return { a, b };
}

function putDocuments({ backend, template, caseId, marks }: Ctx): void {
  for (const section of template.sections)
    if (section.kind === 'narrative')
      backend.services.documents.save(
        caseId,
        section.id,
        paragraphsToDocument([marks.marker(`section.${section.id}`, shownWith(section))]),
      );
}

// ---------- the discussion: each part where the workspace offers its editor ----------

function putDiscussion(ctx: Ctx, injuryIds: string[], values: FieldValues): void {
  const { backend, template, caseId, marks } = ctx;
  const { discussion } = backend.services;
  const qme = template.reportKind === 'QME';
  const impairmentSection = generatorSection(template, 'impairment-table');
  const apportionmentSection = generatorSection(template, 'apportionment-table');
  const tdSection = template.sections.find((s) => s.id === 'temporary-disability');
  const psFields = templateHasPsFields(template);
  const impairmentShown = shownWith(impairmentSection);
  const apportionmentShown = shownWith(apportionmentSection);
  const tdShown = shownWith(tdSection);
  const [first, second = first] = injuryIds as [string, ...string[]];

  const impairment = (row: 'entered' | 'converted', injuryId: string) => {
    const k = (key: string) => `impairments.${key}`;
    return marks.build<Impairment>('impairments', ImpairmentSchema, {
      id: () => randomUUID(),
      injuryId: () => injuryId,
      bodyPart: () => marks.marker(k('bodyPart'), impairmentShown),
      method: () => marks.marker(k('method'), impairmentShown),
      citation: () => marks.marker(k('citation'), impairmentShown),
      regionalValue: () => (row === 'converted' ? marks.number(k('regionalValue'), percent, impairmentShown) : null),
      regionalLevel: () => {
        if (row !== 'converted') return null;
        marks.expect(k('regionalLevel'), levelLabel('upper-extremity'), impairmentShown);
        return 'upper-extremity';
      },
      wpi: () => (row === 'entered' ? marks.number(k('wpi'), percent, impairmentShown) : null),
      region: () => {
        marks.expect(k('region'), regionLabel('E'), impairmentShown);
        return 'E';
      },
      almarazGuzman: () =>
        row !== 'entered'
          ? null
          : marks.build<NonNullable<Impairment['almarazGuzman']>>(
              'impairments.almarazGuzman',
              ImpairmentSchema.shape.almarazGuzman,
              {
                strictWpi: () => marks.number(k('almarazGuzman.strictWpi'), (n) => `strict rating ${n}%`, impairmentShown),
                alternativeWpi: () => marks.number(k('almarazGuzman.alternativeWpi'), percent, impairmentShown),
                reasons: () => marks.marker(k('almarazGuzman.reasons'), impairmentShown),
              },
            ),
    });
  };
  const factor = () =>
    marks.build<ApportionmentFactorInput>('apportionments.factors', ApportionmentSchema.shape.factors, {
      kind: () => {
        marks.expect('apportionments.factors.kind', factorKindLabel(FACTOR_KINDS[1]), apportionmentShown);
        return FACTOR_KINDS[1];
      },
      label: () => marks.marker('apportionments.factors.label', apportionmentShown),
      percent: () => marks.number('apportionments.factors.percent', percent, apportionmentShown),
      explanation: () => marks.marker('apportionments.factors.explanation', apportionmentShown),
    });
  const apportionment = (cannot: boolean, injuryId: string) => {
    const k = (key: string) => `apportionments.${key}`;
    return marks.build<Apportionment>('apportionments', ApportionmentSchema, {
      id: () => randomUUID(),
      injuryId: () => injuryId,
      bodyPart: () => marks.marker(k('bodyPart'), apportionmentShown),
      industrialPercent: () => (cannot ? null : marks.number(k('industrialPercent'), percent, apportionmentShown)),
      industrialExplanation: () => (cannot ? '' : marks.marker(k('industrialExplanation'), apportionmentShown)),
      factors: () => (cannot ? [] : [factor()]),
      cannotApportion: () => {
        if (cannot) marks.expect(k('cannotApportion'), 'apportionment cannot be determined', apportionmentShown);
        return cannot;
      },
      cannotApportionReasons: () => (cannot ? marks.marker(k('cannotApportionReasons'), apportionmentShown) : ''),
    });
  };

  // One filler per part of the discussion; a part added to DiscussionData fails the type check and the key check below.
  const parts: { [K in keyof DiscussionData]-?: () => void } = {
    impairments: () => {
      if (!impairmentSection) return;
      const items = [impairment('entered', first), impairment('converted', first), impairment('entered', second)];
      const combine = marks.build<CombineOption>('combine', CombineOptionSchema, {
        injuryId: () => first,
        method: () => {
          marks.expect('combine.method', 'Added instead of combined', impairmentShown);
          return 'add';
        },
        addReason: () => marks.marker('combine.addReason', impairmentShown),
      });
      // Benson: the reason must run to 20 words, and there must be two injuries to combine.
      const across =
        injuryIds.length < 2
          ? undefined
          : marks.build<CombineAcross>('combineAcross', CombineAcrossSchema, {
              on: () => true,
              reason: () => `${marks.marker('combineAcross.reason', impairmentShown)}${' and the injuries overlap'.repeat(6)}.`,
            });
      discussion.saveImpairments(caseId, items, [combine], across);
    },
    combine: () => undefined, // saved with the impairments
    combineAcross: () => undefined, // saved with the impairments
    apportionments: () => {
      if (apportionmentSection) discussion.saveApportionment(caseId, [apportionment(false, first), apportionment(true, second)]);
    },
    priorAwards: () => {
      if (!impairmentSection || !qme) return;
      const award = marks.build<PriorAward>('priorAwards', PriorAwardSchema, {
        region: () => {
          marks.expect('priorAwards.region', `D (${regionLabel('D').toLowerCase()})`, impairmentShown);
          return 'D';
        },
        percent: () => marks.number('priorAwards.percent', percent, impairmentShown),
        description: () => marks.marker('priorAwards.description', impairmentShown),
      });
      discussion.savePriorAwards(caseId, [award]);
    },
    tdPeriods: () => undefined, // saved with the P&S status
    ps: () => {
      // The disability editor shows in California workers' comp and where the template has its own P&S fields.
      if (template.arena !== 'california-workers-comp' && !psFields) return;
      const period = marks.build<TdPeriod>('tdPeriods', TdPeriodSchema, {
        id: () => randomUUID(),
        from: () => marks.date('tdPeriods.from', tdShown),
        to: () => marks.date('tdPeriods.to', tdShown),
        kind: () => {
          marks.expect('tdPeriods.kind', 'Temporary partial disability (TPD)', tdShown);
          return 'partial';
        },
      });
      // A template with its own P&S fields saves them as the discussion's status; field.psStatus and field.psDate print it.
      const ps = psFields
        ? psFromFieldValues({ psStatus: values.psStatus ?? null, psDate: values.psDate ?? null })
        : marks.build<PsStatus>('ps', PsStatusSchema, {
            status: () => {
              marks.expect('ps.status', 'permanent and stationary');
              return 'permanent-and-stationary';
            },
            date: () => marks.date('ps.date'),
          });
      discussion.saveDisability(caseId, [period], ps);
    },
    schedule: () => {
      const schedule = marks.build<Schedule>('schedule', ScheduleSchema, {
        referralDueDate: () => (qme ? null : marks.date('schedule.referralDueDate')),
        supplementalRequestDate: () => (qme ? marks.date('schedule.supplementalRequestDate') : null),
        agreedExtraDays: () => (qme ? marks.value('schedule.agreedExtraDays', 9) : 0),
        extension: () =>
          !qme
            ? null
            : marks.build<Extension>('schedule.extension', ExtensionSchema, {
                kind: () => marks.value('schedule.extension.kind', 'pending-tests'),
                days: () => marks.value('schedule.extension.days', 7),
                approved: () => marks.value('schedule.extension.approved', true),
              }),
      });
      discussion.saveSchedule(caseId, schedule);
    },
    fee: () => {
      if (!qme) return;
      const fee = marks.build<FeeInput>('fee', FeeInputSchema, {
        code: () => marks.value('fee.code', ML_CODES[1]),
        modifiers: () => [marks.value('fee.modifiers', MODIFIER_CODES[1])],
        pagesReviewedOverride: () => marks.value('fee.pagesReviewedOverride', 120),
        minutes: () => null, // ML204 and ML205 only
        combining: () => marks.value('fee.combining', 'multiplicative'),
      });
      discussion.saveFee(caseId, fee);
    },
  };
  for (const key of Object.keys(EMPTY_DISCUSSION)) if (!(key in parts)) marks.unknown.push(`discussion.${key}`);
  for (const put of Object.values(parts)) put();
}

// ---------- records: one sender batch and one chronology entry citing its pages ----------

async function putRecords({ backend, template, caseId, marks }: Ctx, recordsPdf: string): Promise<void> {
  const section = generatorSection(template, 'records-reviewed-table');
  if (!section) return;
  const { records, recordsModule } = backend.services;
  const shown = shownWith(section);
  const batch = marks.build<NewBatchInput>('records.batch', NewBatchSchema, {
    sender: () => marks.marker('records.batch.sender', shown),
    dateReceived: () => marks.date('records.batch.dateReceived', shown),
    declaredPageCount: () => marks.number('records.batch.declaredPageCount', (n) => `${n} declared`, shown),
    senderDeclarationReceived: () => marks.value('records.batch.senderDeclarationReceived', true),
  });
  const status = await recordsModule.imports.waitForImport(records.importPaths(caseId, batch, [recordsPdf]).jobId);
  if (status.state !== 'done') throw new Error(`the records import ended ${status.state}: ${status.failure ?? ''}`);
  const fileId = recordsModule.repo.listFiles(caseId)[0]!.id;
  const entry = marks.build<ChronologyEntryInput>('records.entry', ChronologyEntryInputSchema, {
    dateOfService: () => marks.date('records.entry.dateOfService', shown),
    provider: () => marks.marker('records.entry.provider', shown),
    facility: () => marks.marker('records.entry.facility', shown),
    recordType: () => marks.marker('records.entry.recordType', shown),
    source: () => {
      marks.expect('records.entry.source', 'pp. 2–3', shown);
      return { fileId, pageFrom: 2, pageTo: 3 };
    },
    summary: () => paragraphsToDocument([marks.marker('records.entry.summary', shown)]),
    reliedUpon: () => {
      marks.expect('records.entry.reliedUpon', '1 of them relied upon', shown);
      return true;
    },
  });
  records.createEntry(caseId, entry);
}

// ---------- the whole case ----------

/** Where the fill enters what each generated section prints: a new generator fails the type check until it is added. */
const GENERATOR_INPUTS: Record<GeneratedSection['generator'], string> = {
  caption: 'putProfile, putCase, putInjuries, putParties, putValues (bound fields)',
  'injuries-table': 'putInjuries',
  'records-reviewed-table': 'putRecords',
  'measurements-table': 'putLists',
  'diagnoses-table': 'putLists',
  'impairment-table': 'putDiscussion (impairments, combine, combineAcross, priorAwards)',
  'apportionment-table': 'putDiscussion (apportionments)',
  'party-questions-answers': 'putLists (questions and their answers)',
  'page-verification': 'putRecords (the pages counted)',
  'signature-block': 'putProfile, putValues (signing.*)',
  'fixed-text': 'putValues (the placeholders)',
};

/** Where the fill enters each part of the case data: a new part fails the type check, and the key check at run time. */
const CASE_DATA_INPUTS: Record<keyof CaseData, string> = {
  injuries: 'putInjuries',
  parties: 'putParties',
  diagnoses: 'putLists',
  measurements: 'putLists',
  questions: 'putLists',
  values: 'putValues',
};

export interface MarkedCaseInput {
  backend: Backend;
  template: Template;
  /** A PDF of at least three pages, imported as the case's one sender batch. */
  recordsPdf: string;
}

export async function putMarkedCase({ backend, template, recordsPdf }: MarkedCaseInput): Promise<MarkedCase> {
  const marks = new Marks();
  for (const key of Object.keys(EMPTY_CASE_DATA)) if (!(key in CASE_DATA_INPUTS)) marks.unknown.push(`caseData.${key}`);
  for (const s of template.sections)
    if (s.kind === 'generated' && !(s.generator in GENERATOR_INPUTS)) marks.unknown.push(`generator ${s.generator}`);
  putProfile(backend, template, marks);
  const caseId = await putCase(backend, template, marks);
  const ctx: Ctx = { backend, template, words: vocabularyOf(template), caseId, marks };
  const injuryIds = putInjuries(ctx);
  putLists(ctx, putParties(ctx));
  const values = putValues(ctx);
  putDocuments(ctx);
  putDiscussion(ctx, injuryIds, values.a);
  await putRecords(ctx, recordsPdf);

  const { caseData, discussion } = backend.services;
  return {
    caseId,
    expected: marks.expected,
    unknownKeys: marks.unknown,
    switchToRunB() {
      caseData.saveValues(caseId, values.b);
      if (templateHasPsFields(template)) {
        const ps = psFromFieldValues({ psStatus: values.b.psStatus ?? null, psDate: values.b.psDate ?? null });
        discussion.saveDisability(caseId, discussion.get(caseId).tdPeriods, ps);
      }
    },
  };
}
