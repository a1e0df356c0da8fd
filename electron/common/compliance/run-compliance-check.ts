// The check before signing: runs every rule of compliance-checks.json that applies to the case's template and returns one
// item per check (pass / warning / missing; one per finding for the narrative numbers), in plain words, with a target to fix it
// and the sections and steps it is about. Pure: the step rail, the review step, signing and the export history share one answer.
import { AMA5 } from '../calc/ama5-table';
import { daysBetween } from '../calc/calendar-math';
import { countWords } from '../calc/whole-percent';
import { bodyPartKey, isPermanentAndStationary, type DiscussionData } from '../case/discussion-model';
import type { DiscussionSummary, ImpairmentRowSummary } from '../case/discussion-summary';
import { answerSectionId, type Injury } from '../case/structure-model';
import { documentPlainText, type RichDocument } from '../document/doc-model';
import { recordsSectionGap } from '../records/report-totals';
import { isTableRowFilled, readTableValue } from '../report/table-values';
import { describeInjuryDate, templateValues, type ReportContext } from '../report/template-values';
import { boundFieldSpec } from '../template/bound-fields';
import { isFieldRequired, isParagraphIncluded, isSectionIncluded, isSectionRequired } from '../template/conditions';
import { isMissingValue, type TemplateValue } from '../template/resolve-placeholders';
import { paragraphText, type Section, type Step, type Template } from '../template/template-schema';
import { formatUsDate } from '../util/iso-date';
import { acrossInjuriesFinding } from './across-injuries-check';
import { initialEncounterFindings, interpreterFeeFinding } from './coding-checks';
import { COMPLIANCE_RULES, type ComplianceCheckRule } from './compliance-rules';
import { DISMISSED_WARNINGS_VALUE, dismissKey, readDismissed } from './dismissals';
import { narrativeFindings, type NarrativeSource } from './narrative-numbers';

export type ComplianceStatus = 'pass' | 'warning' | 'missing';

export interface ComplianceTarget {
  step: Step;
  sectionId?: string;
  /**
   * A template field id ("historyTakenBy"), an app-provided value ("case.employer"), a question's answer document
   * ("answer-<questionId>"), a case entry ("injuries.<id>", "diagnoses.<id>"), a discussion entry ("impairments.<id>",
   * "apportionments.<id>.factors.0.explanation") or a discussion tool ("fee", "schedule").
   */
  fieldId?: string;
}

export interface ComplianceItem {
  id: string;
  label: string;
  status: ComplianceStatus;
  message: string;
  /** True only for a missing item of a blocking check: the export is then recorded as incomplete. */
  blocking: boolean;
  target: ComplianceTarget;
  citation: string;
  /** A warning the physician dismissed for this case (see dismissals.ts); it stays in the list, shown apart. */
  dismissed?: true;
  /**
   * Every section the item is about: the target's, and each one a finding names when it sums up several (two empty
   * sections of one element, "every other required section"). The completion marks map items to sections through it.
   */
  sectionIds: string[];
  /** The steps of those sections and of the target: the step rail marks each of them incomplete while the item is missing. */
  steps: Step[];
}

export interface ComplianceContext extends ReportContext {
  /** Rich-text documents by section id (narratives, and "answer-<questionId>" for answers). */
  documents: ReadonlyMap<string, RichDocument>;
  discussion: DiscussionData;
  summary: DiscussionSummary;
  /** ISO date the timeliness check counts from. */
  today: string;
}

const R = COMPLIANCE_RULES;

interface Env {
  template: Template;
  ctx: ComplianceContext;
  values: Record<string, TemplateValue>;
}

interface Outcome {
  status: ComplianceStatus;
  message: string;
  target?: Partial<ComplianceTarget>;
  /** Set when a check reports several findings: the item id is "<check id>:<key>". */
  key?: string;
  /** Sections a finding names besides its target's (see ComplianceItem.sectionIds). */
  sections?: Section[];
}

const pass = (message: string, target?: Partial<ComplianceTarget>): Outcome => ({
  status: 'pass',
  message,
  ...(target ? { target } : {}),
});
const missing = (message: string, target?: Partial<ComplianceTarget>): Outcome => ({
  status: 'missing',
  message,
  ...(target ? { target } : {}),
});
const warning = (message: string, target?: Partial<ComplianceTarget>): Outcome => ({
  status: 'warning',
  message,
  ...(target ? { target } : {}),
});

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
/** The field value that marks a section not applicable; its text is the reason. */
export const notApplicableName = (sectionId: string) => `${R.notApplicablePrefix}${camel(sectionId)}`;

const normalize = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

const listText = (items: string[], max = 4) =>
  items.length <= max ? items.join('; ') : `${items.slice(0, max).join('; ')}; and ${items.length - max} more`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function injuryName(injury: Injury | undefined): string {
  if (!injury) return 'an injury no longer in the case';
  const date = describeInjuryDate(injury);
  return date ? `injury ${date}` : 'the injury without a date';
}

// ---------- values ----------

function valueLabel(env: Env, name: string): string {
  const bound = boundFieldSpec(name);
  if (bound) return bound.label;
  for (const s of env.template.sections) {
    if (s.kind === 'narrative' || s.kind === 'fields') {
      const f = s.fields.find((x) => x.id === name);
      if (f) return f.label;
    }
  }
  // Never show a field's internal name: "na.historyOfInjury" reads "history of injury".
  return (name.split('.').pop() ?? name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A choice field's value as the physician saw it when choosing ("Permanent and stationary", not "permanent-and-stationary"). */
function optionLabel(env: Env, name: string, value: TemplateValue): string {
  for (const s of env.template.sections) {
    if (s.kind !== 'narrative' && s.kind !== 'fields') continue;
    const f = s.fields.find((x) => x.id === name);
    const option = f?.type === 'choice' ? f.options.find((o) => o.value === value) : undefined;
    if (option) return option.label;
  }
  return String(value).replace(/-/g, ' ');
}

const PS_WORDS = {
  'permanent-and-stationary': 'permanent and stationary',
  mmi: 'at MMI',
  'not-yet': 'not yet permanent and stationary',
};

/** Where a value is entered: app-provided values by their prefix, template fields in their section's step. */
function valueTarget(env: Env, name: string): ComplianceTarget {
  const prefix = name.includes('.') ? name.split('.')[0]! : null;
  if (prefix) return { step: R.valueSteps[prefix] ?? 'case', fieldId: name };
  for (const s of env.template.sections) {
    if ((s.kind === 'narrative' || s.kind === 'fields') && s.fields.some((f) => f.id === name))
      return { step: s.step, sectionId: s.id, fieldId: name };
  }
  return { step: 'case', fieldId: name };
}

const missingValues = (env: Env, names: readonly string[]) => names.filter((n) => isMissingValue(env.values[n]));

// ---------- sections ----------

type Fill =
  | { state: 'filled' }
  | { state: 'not-applicable'; reason: string; short: boolean }
  /** `missing`: what to add (labels, "the text"); `notes`: what else is needed, as whole phrases ("enter at least one diagnosis"). */
  | { state: 'empty'; missing: string[]; notes: string[]; missingFields: string[]; fieldId?: string };

/** "History: add the text", "Diagnoses: enter at least one diagnosis". */
const gapText = (title: string, fill: Extract<Fill, { state: 'empty' }>) =>
  `${title}: ${[fill.missing.length ? `add ${fill.missing.join(', ')}` : '', ...fill.notes].filter(Boolean).join('; ')}`;

function sectionsFor(env: Env, rule: ComplianceCheckRule): Section[] {
  return env.template.sections.filter(
    (s) =>
      s.satisfies.some((r) => rule.requirementIds.includes(r)) ||
      (s.kind === 'generated' && rule.generators.includes(s.generator)),
  );
}

function docText(env: Env, id: string): string {
  const doc = env.ctx.documents.get(id);
  return doc ? documentPlainText(doc).trim() : '';
}

function generatedFilled(env: Env, section: Extract<Section, { kind: 'generated' }>): string | null {
  const { ctx } = env;
  switch (section.generator) {
    case 'injuries-table':
      return ctx.data.injuries.length > 0 ? null : 'enter at least one injury in the case step';
    case 'records-reviewed-table':
    case 'page-verification':
      return recordsSectionGap(section.generator, ctx.records ?? null);
    case 'diagnoses-table':
      return ctx.data.diagnoses.length > 0 ? null : 'enter at least one diagnosis';
    case 'measurements-table':
      return ctx.data.measurements.length > 0 ? null : 'enter at least one measurement';
    case 'impairment-table':
      return ctx.discussion.impairments.length > 0 ? null : 'enter the impairment rating of each body part';
    case 'apportionment-table':
      return ctx.discussion.apportionments.length > 0 ? null : 'enter the apportionment of each body part';
    case 'party-questions-answers':
      return ctx.data.questions.every((q) => docText(env, answerSectionId(q.id)) !== '') ? null : 'answer every question';
    case 'signature-block':
      return isMissingValue(env.values['physician.name']) ? 'enter the physician name' : null;
    case 'caption':
    case 'fixed-text':
      return null;
  }
}

function sectionFill(env: Env, section: Section, allowNotApplicable: boolean): Fill {
  if (allowNotApplicable) {
    const na = env.values[notApplicableName(section.id)];
    if (typeof na === 'string' && na.trim() !== '') {
      return { state: 'not-applicable', reason: na.trim(), short: countWords(na) < R.minWords.notApplicableReason };
    }
  }
  const gaps: string[] = [];
  const fieldGaps: string[] = [];
  let fieldId: string | undefined;
  if (section.kind === 'narrative' || section.kind === 'fields') {
    for (const f of section.fields) {
      if (isFieldRequired(f, section, env.values) && isMissingValue(env.values[f.id])) {
        fieldGaps.push(`"${f.label}"`);
        fieldId ??= f.id;
      }
    }
  }
  gaps.push(...fieldGaps);
  if (section.kind === 'narrative' && docText(env, section.id) === '') gaps.push('the text');
  if (section.kind === 'table') {
    const table = readTableValue(env.ctx.data.values, section.id, section.table);
    const required = section.table.columns.filter((c) => c.required);
    const fixedIds = new Set(section.table.rows.map((r) => r.id));
    for (const row of table.rows) {
      if (!fixedIds.has(row.id) && !isTableRowFilled(row)) continue;
      const isEmpty = (v: unknown) => v === undefined || v === null || v === '';
      const excused = (c: (typeof required)[number]) =>
        c.requiredUnless !== undefined && c.requiredUnless.in.includes(String(row.cells[c.requiredUnless.column] ?? ''));
      const empty = required.filter((c) => isEmpty(row.cells[c.id]) && !excused(c));
      if (empty.length) gaps.push(`${row.label}: ${empty.map((c) => c.label.toLowerCase()).join(', ')}`);
    }
    if (section.table.rows.length === 0 && !table.rows.some(isTableRowFilled)) gaps.push('at least one row');
  }
  const notes: string[] = [];
  if (section.kind === 'generated') {
    const gap = generatedFilled(env, section);
    if (gap) notes.push(gap);
  }
  return gaps.length || notes.length
    ? { state: 'empty', missing: gaps, notes, missingFields: fieldGaps, ...(fieldId ? { fieldId } : {}) }
    : { state: 'filled' };
}

const sectionTarget = (s: Section, fieldId?: string): Partial<ComplianceTarget> => ({
  step: s.step,
  sectionId: s.id,
  ...(fieldId ? { fieldId } : {}),
});

/** Checks a set of sections; required ones must be filled (or, where allowed, marked not applicable with a reason). */
function checkSections(env: Env, rule: ComplianceCheckRule, sections: Section[]): Outcome {
  const included = sections.filter((s) => isSectionIncluded(s, env.values));
  if (included.length === 0)
    return pass(
      rule.notIncludedMessage ??
        `Not applicable to this case: ${sections.map((s) => s.title).join(', ')} ${sections.length === 1 ? 'is' : 'are'} not part of this report.`,
    );
  const fills = included.map((s) => ({
    s,
    fill: sectionFill(env, s, rule.allowNotApplicable),
    required: isSectionRequired(s, env.values),
  }));
  const na = fills.filter((f) => f.fill.state === 'not-applicable') as Array<{
    s: Section;
    fill: Extract<Fill, { state: 'not-applicable' }>;
  }>;
  const naNote = na.map((f) => `${f.s.title} marked not applicable: ${f.fill.reason}`);

  if (rule.match === 'any') {
    if (fills.some((f) => f.fill.state !== 'empty'))
      return pass(
        `Addressed in ${fills
          .filter((f) => f.fill.state !== 'empty')
          .map((f) => f.s.title)
          .join(', ')}.`,
      );
    const first = fills.find((f) => f.required) ?? fills[0]!;
    return missing(
      `Not addressed yet: fill in at least one of ${included.map((s) => s.title).join(', ')}.`,
      sectionTarget(first.s),
    );
  }

  const required = fills.filter((f) => f.required);
  if (required.length === 0)
    return pass(
      `Not required for this case: ${included.map((s) => s.title).join(', ')} ${included.length === 1 ? 'is' : 'are'} needed only when ${included.length === 1 ? 'its' : 'their'} condition holds.`,
    );
  const empty = required.filter((f) => f.fill.state === 'empty') as Array<{
    s: Section;
    fill: Extract<Fill, { state: 'empty' }>;
  }>;
  if (empty.length) {
    const first = empty[0]!;
    return {
      ...missing(
        `${listText(empty.map((f) => gapText(f.s.title, f.fill)))}${rule.allowNotApplicable ? '. If it does not apply to this case, mark it not applicable and say why.' : '.'}`,
        sectionTarget(first.s, first.fill.fieldId),
      ),
      sections: empty.map((f) => f.s),
    };
  }
  const shortNa = na.filter((f) => f.fill.short);
  if (shortNa.length) {
    return warning(
      `${shortNa.map((f) => f.s.title).join(', ')} ${shortNa.length === 1 ? 'is' : 'are'} marked not applicable with a very short reason ("${shortNa[0]!.fill.reason}"). Say specifically why the element does not apply.`,
      sectionTarget(shortNa[0]!.s),
    );
  }
  return pass(naNote.length ? `${naNote.join('. ')}.` : `Filled in: ${required.map((f) => f.s.title).join(', ')}.`);
}

// ---------- check kinds ----------

function checkCaption(env: Env, rule: ComplianceCheckRule, sections: Section[]): Outcome {
  const caption = sections[0];
  const target = (fieldId: string) => ({ ...(caption ? { sectionId: caption.id } : {}), ...valueTarget(env, fieldId) });
  const injuries = env.ctx.data.injuries;
  // With injuries entered, the per-injury message below says which date is missing; the joined value would only repeat it.
  const absent = missingValues(env, rule.requiredValues).filter(
    (n) => !(rule.perInjuryDates && injuries.length > 0 && n === 'case.datesOfInjury'),
  );
  const gaps = absent.map((n) => valueLabel(env, n));
  let firstInjury: string | undefined;
  if (rule.perInjuryDates) {
    for (const i of injuries) {
      const dated = i.kind === 'specific' ? !!i.date : !!i.ctFrom && !!i.ctTo;
      if (!dated) {
        gaps.push(
          `the ${i.kind === 'specific' ? 'date' : 'cumulative-trauma period'} of an injury${i.description ? ` (${i.description})` : ''}`,
        );
        firstInjury ??= i.id;
      }
    }
  }
  if (gaps.length) {
    return missing(
      `Add ${listText(gaps)}.`,
      absent[0]
        ? target(absent[0])
        : { step: 'case', ...(caption ? { sectionId: caption.id } : {}), fieldId: `injuries.${firstInjury}` },
    );
  }
  if (rule.adjPerInjury === 'warn') {
    const noAdj = injuries.filter((i) => i.adjNumber.trim() === '');
    if (noAdj.length) {
      return warning(
        `No WCAB case number (ADJ…) for ${listText(noAdj.map(injuryName))}. Enter it for each litigated injury; leave it empty only if the case is unrepresented or not yet filed.`,
        { step: 'case', ...(caption ? { sectionId: caption.id } : {}), fieldId: `injuries.${noAdj[0]!.id}` },
      );
    }
  }
  return pass('Every caption entry is filled in.', caption ? sectionTarget(caption) : undefined);
}

function checkExamPlace(env: Env, rule: ComplianceCheckRule, sections: Section[]): Outcome {
  const absent = missingValues(env, rule.requiredValues);
  if (absent.length) {
    const due = absent.includes('exam.dateCompleted')
      ? ' Without the exam date the report due date cannot be worked out either.'
      : '';
    return missing(`Add the ${listText(absent.map((n) => valueLabel(env, n)))}.${due}`, valueTarget(env, absent[0]!));
  }
  const remote = rule.remote;
  if (remote && env.values[remote.field] === true && env.values[remote.agreementField] !== true) {
    const s = sections.find((x) => isSectionIncluded(x, env.values));
    return missing(
      'The evaluation was done by video: record that the written agreement of the worker, the employer or carrier and the QME is on file (8 CCR §46.3); without it a remote evaluation is not allowed.',
      s ? sectionTarget(s, remote.agreementField) : valueTarget(env, remote.agreementField),
    );
  }
  const sectionOutcome = checkSections(env, rule, sections);
  if (sectionOutcome.status !== 'pass') return sectionOutcome;
  return pass(
    `Examination completed ${formatUsDate(String(env.values['exam.dateCompleted']))} at ${String(env.values['exam.streetAddress'])}.`,
  );
}

function statementText(env: Env, sections: Section[]): string {
  return sections
    .map((s) =>
      [
        ...s.fixedText.filter((p) => isParagraphIncluded(p, env.values)).map(paragraphText),
        s.kind === 'narrative' ? docText(env, s.id) : '',
      ].join(' '),
    )
    .join(' ');
}

function checkStatement(env: Env, rule: ComplianceCheckRule, sections: Section[]): Outcome {
  const included = sections.filter((s) => isSectionIncluded(s, env.values));
  if (included.length === 0)
    return missing(
      `The report has no ${rule.label.charAt(0).toLowerCase()}${rule.label.slice(1)} (${rule.citation}); the condition of its section does not hold.`,
      sectionTarget(sections[0]!),
    );
  const text = normalize(statementText(env, included));
  const first = included[0]!;
  if (rule.verbatim && !text.includes(normalize(rule.verbatim))) {
    return missing(
      `The wording of the ${rule.citation} declaration has been changed; it must be word for word. Use the template's text.`,
      sectionTarget(first),
    );
  }
  const absentPhrases = rule.phrases.filter((p) => !text.includes(normalize(p)));
  if (absentPhrases.length)
    return missing(
      `The statement does not say ${listText(absentPhrases.map((p) => `"${p}"`))} (${rule.citation}).`,
      sectionTarget(first),
    );
  const absent = missingValues(env, rule.requiredValues);
  if (absent.length)
    return missing(`Add the ${listText(absent.map((n) => valueLabel(env, n)))}.`, {
      ...valueTarget(env, absent[0]!),
      sectionId: first.id,
    });
  return pass(`Present in ${included.map((s) => s.title).join(', ')}.`, sectionTarget(first));
}

function checkSignature(env: Env, rule: ComplianceCheckRule, sections: Section[]): Outcome {
  const s = sections.find((x) => isSectionIncluded(x, env.values)) ?? sections[0]!;
  const absent = missingValues(env, rule.requiredValues);
  if (absent.length)
    return missing(`Add the ${listText(absent.map((n) => valueLabel(env, n)))} in your physician profile.`, {
      ...valueTarget(env, absent[0]!),
      sectionId: s.id,
    });
  const signed = env.values['signing.date'];
  const exam = env.values['exam.dateCompleted'] ?? env.values['case.examDate'];
  const showsDate = s.kind === 'generated' && s.boundFields.includes('signing.date');
  if (typeof signed === 'string' && signed !== '' && signed !== exam && !showsDate) {
    return warning(
      `You sign on ${formatUsDate(signed)}, not the exam date; show the signing date next to the signature (8 CCR §35.5(b)).`,
      sectionTarget(s),
    );
  }
  return pass(`Signed by ${String(env.values['physician.name'])}.`, sectionTarget(s));
}

function checkQuestions(env: Env, rule: ComplianceCheckRule, sections: Section[]): Outcome {
  const s = sections.find((x) => isSectionIncluded(x, env.values)) ?? sections[0]!;
  const questions = env.ctx.data.questions;
  if (questions.length === 0) {
    return rule.requireAtLeastOne
      ? missing(
          'No questions are entered. Enter each referral question word for word, numbered as in the referral, and answer each one.',
          sectionTarget(s),
        )
      : pass(
          'No questions from the parties are entered. If a cover letter asks questions, enter each one word for word and answer it.',
          sectionTarget(s),
        );
  }
  const unanswered = questions.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => docText(env, answerSectionId(q.id)) === '');
  if (unanswered.length) {
    return missing(
      `${plural(unanswered.length, 'question')} not answered yet: ${listText(
        unanswered.map(({ n, q }) => `#${n} "${q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text}"`),
        3,
      )}.`,
      { step: s.step, sectionId: s.id, fieldId: answerSectionId(unanswered[0]!.q.id) },
    );
  }
  const weak = questions
    .map((q, i) => ({ q, n: i + 1, text: normalize(docText(env, answerSectionId(q.id))) }))
    .filter(({ text }) => countWords(text) < 8 && rule.weakAnswers.some((w) => text.includes(normalize(w))));
  if (weak.length) {
    return warning(
      `Answer ${weak.map((w) => `#${w.n}`).join(', ')} only refers elsewhere ("see above"). Answer each question on its own, with the basis for the answer.`,
      { step: s.step, sectionId: s.id, fieldId: answerSectionId(weak[0]!.q.id) },
    );
  }
  return pass(
    `All ${plural(questions.length, 'question')} answered. Check that each is entered word for word.`,
    sectionTarget(s),
  );
}

function checkPageVerification(env: Env, sections: Section[]): Outcome {
  const s = sections.find((x) => isSectionIncluded(x, env.values)) ?? sections[0]!;
  const records = env.ctx.records;
  if (!records)
    return missing(
      'Records review has no page count yet. Review the records (or record that none were received) so the report can verify the total pages reviewed, even if it is 0.',
      { step: 'records', sectionId: s.id },
    );
  return pass(`The report verifies ${plural(records.totalPagesReviewed, 'page')} reviewed.`, sectionTarget(s));
}

function psOf(env: Env, rule: ComplianceCheckRule | undefined): boolean {
  if (env.ctx.discussion.ps) return isPermanentAndStationary(env.ctx.discussion.ps);
  const fields = rule?.psFields.length ? rule.psFields : (consistencyRule()?.psFields ?? []);
  return fields.some((f) => f.permanent.includes(String(env.values[f.status] ?? '')));
}

function consistencyRule(): ComplianceCheckRule | undefined {
  return R.checks.find((c) => c.kind === 'consistency');
}

function firstSectionWith(env: Env, generator: string): Section | undefined {
  return env.template.sections.find(
    (s) => s.kind === 'generated' && s.generator === generator && isSectionIncluded(s, env.values),
  );
}

const rowsOf = (summary: DiscussionSummary): ImpairmentRowSummary[] => summary.impairments.flatMap((i) => i.rows);

function checkPdImpairments(env: Env, rule: ComplianceCheckRule): Outcome {
  const section = firstSectionWith(env, 'impairment-table');
  const target = section ? sectionTarget(section) : { step: 'discussion' as const };
  if (!psOf(env, rule)) return pass('Not applicable: the examinee is not permanent and stationary.', target);
  const rows = rowsOf(env.ctx.summary);
  if (rows.length === 0) return pass('No impairment is entered; the impairment section itself is checked above.', target);
  const gaps: string[] = [];
  let fieldId: string | undefined;
  for (const injury of env.ctx.data.injuries) {
    for (const part of injury.bodyParts) {
      const mine = rows.filter((r) => r.injuryId === injury.id && bodyPartKey(r.bodyPart) === bodyPartKey(part.name));
      if (mine.length === 0) {
        gaps.push(`${part.name} (${injuryName(injury)}): no WPI entered (enter 0% if there is no impairment)`);
        fieldId ??= `injuries.${injury.id}`;
      }
    }
  }
  for (const r of rows) {
    const injury = env.ctx.data.injuries.find((i) => i.id === r.injuryId);
    if (r.wpi === null) {
      gaps.push(`${r.bodyPart} (${injuryName(injury)}): enter the WPI or a regional value to convert`);
      fieldId ??= `impairments.${r.impairmentId}`;
    } else if (r.citation.trim() === '') {
      gaps.push(`${r.bodyPart} (${injuryName(injury)}): cite the Guides table or figure`);
      fieldId ??= `impairments.${r.impairmentId}`;
    }
  }
  if (gaps.length) return missing(`${listText(gaps)}.`, { ...target, ...(fieldId ? { fieldId } : {}) });
  const combined = env.ctx.summary.impairments
    .filter((i) => i.combined)
    .map((i) => `${i.injuryLabel}: ${i.combined!.value}% WPI`);
  return pass(`Every body part claimed is rated with its citation${combined.length ? ` (${combined.join('; ')})` : ''}.`, target);
}

function checkPdApportionment(env: Env, rule: ComplianceCheckRule): Outcome {
  const section = firstSectionWith(env, 'apportionment-table') ?? firstSectionWith(env, 'impairment-table');
  const target = section ? sectionTarget(section) : { step: 'discussion' as const };
  if (!psOf(env, rule)) return pass('Not applicable: the examinee is not permanent and stationary.', target);
  const rated = rowsOf(env.ctx.summary).filter((r) => r.wpi !== null && r.wpi > 0);
  const absent = rated.filter(
    (r) =>
      !env.ctx.discussion.apportionments.some(
        (a) => a.injuryId === r.injuryId && bodyPartKey(a.bodyPart) === bodyPartKey(r.bodyPart),
      ),
  );
  if (absent.length) {
    return missing(
      `No apportionment for ${listText(absent.map((r) => `${r.bodyPart} (${injuryName(env.ctx.data.injuries.find((i) => i.id === r.injuryId))})`))}. A report on permanent disability is complete only with an apportionment determination, or the specific reasons it cannot be made (LC §4663(c)).`,
      { ...target, fieldId: `impairments.${absent[0]!.impairmentId}` },
    );
  }
  return pass(
    rated.length
      ? 'Every body part with permanent impairment is apportioned.'
      : 'No body part has permanent impairment to apportion.',
    target,
  );
}

function checkApportionmentIssues(env: Env, which: 'total' | 'explanations'): Outcome {
  const section = firstSectionWith(env, 'apportionment-table');
  const target = section ? sectionTarget(section) : { step: 'discussion' as const };
  const entries = env.ctx.summary.apportionment;
  if (entries.length === 0) return pass('No apportionment entered.', target);
  const isTotal = (field: string) => field === 'total' || field.endsWith('percent') || field.endsWith('kind');
  const relevant = entries.flatMap((e) =>
    e.issues
      .filter((i) => (which === 'total' ? isTotal(i.field) : !isTotal(i.field) && i.field !== 'presumption'))
      .map((i) => ({ e, i })),
  );
  const fieldOf = (x: (typeof relevant)[number]) =>
    `apportionments.${x.e.apportionmentId}.${x.i.field.replace(/^industrial\./, 'industrial.')}`;
  const errors = relevant.filter((x) => x.i.severity === 'error');
  if (errors.length)
    return missing(
      listText(
        errors.map((x) => x.i.message),
        3,
      ),
      { ...target, fieldId: fieldOf(errors[0]!) },
    );
  const warnings = relevant.filter((x) => x.i.severity === 'warning');
  if (warnings.length)
    return warning(
      listText(
        warnings.map((x) => x.i.message),
        3,
      ),
      { ...target, fieldId: fieldOf(warnings[0]!) },
    );
  return pass(
    which === 'total'
      ? `Each of ${plural(entries.length, 'apportionment')} totals 100%.`
      : `Each apportionment explains how and why${entries.some((e) => e.total === null) ? ', or why it cannot be determined' : ''}.`,
    target,
  );
}

function checkRegionCaps(env: Env): Outcome {
  const section = firstSectionWith(env, 'apportionment-table');
  const target = section ? sectionTarget(section) : { step: 'discussion' as const };
  const s = env.ctx.summary;
  const notes = [...s.regionCapProblems, ...(s.regionCaps?.warnings ?? [])];
  if (notes.length) return warning(listText(notes, 3), { ...target, fieldId: 'priorAwards' });
  return pass(
    s.regionCaps?.rows.length ? 'No region passes the 100% lifetime cap.' : 'No prior awards or rated regions to check.',
    target,
  );
}

function checkRebuttal(env: Env): Outcome {
  const section = firstSectionWith(env, 'impairment-table');
  const target = section ? sectionTarget(section) : { step: 'discussion' as const };
  const notes: string[] = [];
  let fieldId: string | undefined;
  for (const i of env.ctx.discussion.impairments) {
    const ag = i.almarazGuzman;
    if (ag && countWords(ag.reasons) < R.minWords.almarazGuzmanReasons) {
      notes.push(
        `${i.bodyPart}: the Almaraz/Guzman alternative (${ag.alternativeWpi}% vs strict ${ag.strictWpi}%) needs reasons of at least ${R.minWords.almarazGuzmanReasons} words: why the strict rating is not accurate and why the alternative, within the Guides, is more accurate.`,
      );
      fieldId ??= `impairments.${i.id}.almarazGuzman.reasons`;
    }
  }
  for (const inj of env.ctx.summary.impairments) {
    if (inj.combined?.method === 'add') {
      for (const w of inj.combined.warnings) notes.push(`${inj.injuryLabel}: ${w}`);
      if (inj.combined.warnings.length) fieldId ??= `combine.${inj.injuryId}.addReason`;
    }
    for (const p of inj.problems) notes.push(`${inj.injuryLabel}: ${p}`);
  }
  if (notes.length) return warning(listText(notes, 3), { ...target, ...(fieldId ? { fieldId } : {}) });
  const any =
    env.ctx.discussion.impairments.some((i) => i.almarazGuzman) ||
    env.ctx.summary.impairments.some((i) => i.combined?.method === 'add');
  return pass(
    any
      ? `Alternative ratings and added values carry their reasons (at least ${AMA5.addInstead.reasonMinWords} words for adding).`
      : 'No alternative rating or added values.',
    target,
  );
}

/** The Benson exception's reason (across-injuries-check.ts); no item while the injuries are rated separately. */
function checkAcrossInjuries(env: Env): Outcome | null {
  const finding = acrossInjuriesFinding(env.ctx.discussion, env.ctx.summary);
  if (!finding) return null;
  const section = firstSectionWith(env, 'impairment-table');
  const target = section ? sectionTarget(section) : { step: 'discussion' as const };
  return { ...finding, target: finding.status === 'missing' ? { ...target, fieldId: 'combineAcross.reason' } : target };
}

function checkConsistency(env: Env, rule: ComplianceCheckRule): Outcome {
  const notes: string[] = [];
  let target: Partial<ComplianceTarget> = { step: 'discussion' };
  const ps = env.ctx.discussion.ps;
  if (ps && ps.status !== 'not-yet' && !ps.date)
    notes.push(`The ${ps.status === 'mmi' ? 'MMI' : 'permanent and stationary'} date is not entered in the discussion.`);
  for (const f of rule.psFields) {
    const statusValue = env.values[f.status];
    if (!ps || isMissingValue(statusValue)) continue;
    const fieldPermanent = f.permanent.includes(String(statusValue));
    const fieldNot = f.notPermanent.includes(String(statusValue));
    const discussionPermanent = isPermanentAndStationary(ps);
    const fieldTarget = valueTarget(env, f.status);
    if ((fieldPermanent && !discussionPermanent) || (fieldNot && discussionPermanent)) {
      notes.push(
        `The status in "${valueLabel(env, f.status)}" (${optionLabel(env, f.status, statusValue!)}) disagrees with the discussion (${PS_WORDS[ps.status]}).`,
      );
      target = fieldTarget;
    } else if (fieldPermanent && ps.date && !isMissingValue(env.values[f.date]) && env.values[f.date] !== ps.date) {
      notes.push(
        `The date in "${valueLabel(env, f.date)}" (${formatUsDate(String(env.values[f.date]))}) disagrees with the discussion (${formatUsDate(ps.date)}).`,
      );
      target = valueTarget(env, f.date);
    }
  }
  for (const r of rowsOf(env.ctx.summary)) {
    if (r.warnings.length) {
      notes.push(...r.warnings);
      if (target.step === 'discussion' && !target.fieldId)
        target = { step: 'discussion', fieldId: `impairments.${r.impairmentId}` };
    }
  }
  if (notes.length) return warning(listText(notes, 3), target);
  return pass('The P&S/MMI status, its date and the WPI agree wherever they appear.', target);
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (raw, name: string) => vars[name] ?? raw);
}

function checkTimeliness(env: Env, rule: ComplianceCheckRule): Outcome | null {
  const d = env.ctx.summary.deadlines;
  // The deadline inputs (referral due date, supplemental request, extension) belong to the case, like the exam date.
  const target: Partial<ComplianceTarget> = { step: 'case', fieldId: 'schedule' };
  if (d.problems.length) return warning(`The due date could not be worked out: ${d.problems.join(' ')}`, target);
  if (!d.effectiveDue || !d.urgency) return null;
  const left = daysBetween(env.ctx.today, d.effectiveDue.date);
  const vars = {
    due: formatUsDate(d.effectiveDue.date),
    explanation: d.effectiveDue.explanation,
    days: plural(Math.abs(left), 'day'),
    left: plural(Math.max(left, 0), 'day'),
    when: left === 0 ? 'today' : left === 1 ? 'tomorrow' : `in ${plural(left, 'day')}`,
    form112: d.form112 ? `${formatUsDate(d.form112.date)}${d.form112.date < env.ctx.today ? ' (already passed)' : ''}` : '',
  };
  if (d.urgency.urgency === 'overdue') return warning(fill(rule.messages.overdue ?? '{due}', vars), target);
  if (d.urgency.urgency === 'due-within-5') {
    const key = d.form112 && !d.extended ? 'soon' : 'soonIme';
    return warning(fill(rule.messages[key] ?? rule.messages.soon ?? '{due}', vars), target);
  }
  return pass(fill(rule.messages.ok ?? '{due}', vars), target);
}

function checkEncounterCharacter(env: Env, rule: ComplianceCheckRule): Outcome | null {
  const section = firstSectionWith(env, 'diagnoses-table');
  if (!section) return null;
  const { data, caseRecord } = env.ctx;
  const findings = initialEncounterFindings(data.diagnoses, data.injuries, caseRecord.examDate, rule.initialEncounterDays!);
  if (findings.length === 0)
    return pass('No diagnosis is coded as an initial encounter ("A") long after the injury.', sectionTarget(section));
  const shown = findings.slice(0, 3).map((f) => f.message);
  if (findings.length > 3) shown.push(`And ${plural(findings.length - 3, 'more code')}.`);
  return warning(shown.join(' '), { ...sectionTarget(section), fieldId: `diagnoses.${findings[0]!.diagnosisId}` });
}

function checkInterpreterModifier(env: Env): Outcome {
  const entered = env.values['case.interpreter'];
  const interpreter = isMissingValue(entered) ? '' : String(entered).trim();
  const serviceDate = env.ctx.summary.fee?.serviceDate ?? env.ctx.caseRecord.examDate;
  const { status, message } = interpreterFeeFinding(interpreter, env.ctx.discussion.fee, serviceDate);
  // The fee tool sits on the review step.
  return { status, message, target: { step: 'review', fieldId: 'fee' } };
}

/** The documents the report prints, named as the physician knows them, each with the place to fix it. */
function narrativeSources(env: Env): Array<NarrativeSource & { target: Partial<ComplianceTarget> }> {
  const sources: Array<NarrativeSource & { target: Partial<ComplianceTarget> }> = env.template.sections
    .filter((s) => s.kind === 'narrative' && isSectionIncluded(s, env.values))
    .map((s) => ({ id: s.id, name: s.title, target: sectionTarget(s) }));
  const answers = firstSectionWith(env, 'party-questions-answers');
  if (answers) {
    env.ctx.data.questions.forEach((q, i) => {
      const id = answerSectionId(q.id);
      sources.push({ id, name: `The answer to question #${i + 1}`, target: { ...sectionTarget(answers), fieldId: id } });
    });
  }
  return sources;
}

function checkNarrativeNumbers(env: Env): Outcome[] {
  const { ctx } = env;
  const sources = narrativeSources(env);
  const otherDates = new Set(
    [
      ...ctx.data.injuries.flatMap((i) => [i.date, i.ctFrom, i.ctTo]),
      ...ctx.discussion.tdPeriods.flatMap((p) => [p.from, p.to]),
      ctx.caseRecord.examDate,
      ...['exam.dateCompleted', 'case.reportDate', 'signing.date'].map((n) => env.values[n]),
    ].filter((d): d is string => typeof d === 'string' && d !== ''),
  );
  const findings = narrativeFindings({
    documents: ctx.documents,
    sources,
    discussion: ctx.discussion,
    summary: ctx.summary,
    otherDates,
  });
  if (findings.length === 0)
    return [pass('No WPI, apportionment percentage or P&S/MMI date in the text contradicts what is entered.')];
  return findings.map((f) => ({
    ...warning(f.message, sources.find((s) => s.id === f.sourceId)?.target),
    key: f.key,
  }));
}

// ---------- running the checks ----------

/** Checks that take their sections away from "every other required section". */
const OWNING_KINDS = new Set(['caption', 'exam-place', 'sections', 'statement', 'signature', 'questions', 'page-verification']);

function ownedSections(env: Env, rules: ComplianceCheckRule[]): Set<string> {
  const owned = new Set<string>();
  for (const rule of rules) {
    if (!OWNING_KINDS.has(rule.kind) || (rule.kind === 'sections' && rule.match === 'any')) continue;
    for (const s of sectionsFor(env, rule)) owned.add(s.id);
  }
  return owned;
}

function checkOtherSections(env: Env, rule: ComplianceCheckRule, owned: Set<string>): Outcome {
  const others = env.template.sections.filter((s) => !owned.has(s.id) && isSectionIncluded(s, env.values));
  const gaps: Array<{ s: Section; text: string; fieldId?: string }> = [];
  for (const s of others) {
    const f = sectionFill(env, s, rule.allowNotApplicable);
    if (f.state !== 'empty') continue;
    if (isSectionRequired(s, env.values)) {
      gaps.push({ s, text: gapText(s.title, f), ...(f.fieldId ? { fieldId: f.fieldId } : {}) });
    } else if (f.missingFields.length) {
      // An optional section can still have a question that must be answered (e.g. "did you receive self-procured reports?").
      gaps.push({ s, text: `${s.title}: answer ${f.missingFields.join(', ')}`, ...(f.fieldId ? { fieldId: f.fieldId } : {}) });
    }
  }
  if (gaps.length) {
    const first = gaps[0]!;
    return {
      ...missing(`${listText(gaps.map((g) => g.text))}.`, sectionTarget(first.s, first.fieldId)),
      sections: gaps.map((g) => g.s),
    };
  }
  return pass('Every other required section is filled in.');
}

export function runComplianceCheck(template: Template, ctx: ComplianceContext): ComplianceItem[] {
  const env: Env = { template, ctx, values: templateValues(ctx) };
  const rules = R.checks.filter(
    (c) => c.appliesTo.includes(template.reportKind) && (!c.arenas || c.arenas.includes(template.arena)),
  );
  const items: ComplianceItem[] = [];
  const owned = ownedSections(env, rules);

  for (const rule of rules) {
    const sections = sectionsFor(env, rule);
    const sectionBased =
      rule.requirementIds.length > 0 || ['caption', 'signature', 'questions', 'page-verification'].includes(rule.kind);
    let outcome: Outcome | Outcome[] | null;
    if (
      sectionBased &&
      sections.length === 0 &&
      ['caption', 'exam-place', 'sections', 'statement', 'signature', 'questions', 'page-verification'].includes(rule.kind)
    ) {
      outcome = rule.requiredInTemplate
        ? missing(
            `This template has no section for this (${rule.citation}). Use a template that includes it, or add a section that satisfies it.`,
            { step: 'review' },
          )
        : null;
    } else {
      switch (rule.kind) {
        case 'caption':
          outcome = checkCaption(env, rule, sections);
          break;
        case 'exam-place':
          outcome = checkExamPlace(env, rule, sections);
          break;
        case 'sections':
          outcome = checkSections(env, rule, sections);
          break;
        case 'statement':
          outcome = checkStatement(env, rule, sections);
          break;
        case 'signature':
          outcome = checkSignature(env, rule, sections);
          break;
        case 'questions':
          outcome = checkQuestions(env, rule, sections);
          break;
        case 'page-verification':
          outcome = checkPageVerification(env, sections);
          break;
        case 'pd-impairments':
          outcome = firstSectionWith(env, 'impairment-table') ? checkPdImpairments(env, rule) : null;
          break;
        case 'pd-apportionment':
          outcome = firstSectionWith(env, 'impairment-table') ? checkPdApportionment(env, rule) : null;
          break;
        case 'apportionment-total':
          outcome = firstSectionWith(env, 'apportionment-table') ? checkApportionmentIssues(env, 'total') : null;
          break;
        case 'apportionment-explanations':
          outcome = firstSectionWith(env, 'apportionment-table') ? checkApportionmentIssues(env, 'explanations') : null;
          break;
        case 'region-caps':
          outcome = firstSectionWith(env, 'apportionment-table') ? checkRegionCaps(env) : null;
          break;
        case 'rebuttal':
          outcome = firstSectionWith(env, 'impairment-table') ? checkRebuttal(env) : null;
          break;
        case 'across-injuries':
          outcome = checkAcrossInjuries(env);
          break;
        case 'consistency':
          outcome = checkConsistency(env, rule);
          break;
        case 'timeliness':
          outcome = checkTimeliness(env, rule);
          break;
        case 'encounter-character':
          outcome = checkEncounterCharacter(env, rule);
          break;
        case 'interpreter-modifier':
          outcome = checkInterpreterModifier(env);
          break;
        case 'narrative-numbers':
          outcome = checkNarrativeNumbers(env);
          break;
        case 'other-sections':
          outcome = checkOtherSections(env, rule, owned);
          break;
      }
    }
    if (!outcome) continue;
    const firstSection = sections.find((s) => isSectionIncluded(s, env.values)) ?? sections[0];
    for (const o of Array.isArray(outcome) ? outcome : [outcome]) {
      // A non-blocking check only ever warns: the physician decides.
      const status: ComplianceStatus = o.status === 'missing' && !rule.blocking ? 'warning' : o.status;
      const target = {
        step: o.target?.step ?? firstSection?.step ?? 'review',
        ...(firstSection ? { sectionId: firstSection.id } : {}),
        ...o.target,
      } as ComplianceTarget;
      const sectionIds = [...new Set([...(target.sectionId ? [target.sectionId] : []), ...(o.sections ?? []).map((s) => s.id)])];
      const sectionSteps = sectionIds.flatMap((id) => template.sections.find((s) => s.id === id)?.step ?? []);
      items.push({
        id: o.key ? `${rule.id}:${o.key}` : rule.id,
        label: rule.label,
        status,
        message: o.message,
        blocking: status === 'missing' && rule.blocking,
        target,
        citation: rule.citation,
        sectionIds,
        steps: [...new Set([target.step, ...sectionSteps])],
      });
    }
  }
  const dismissed = readDismissed(ctx.data.values[DISMISSED_WARNINGS_VALUE]);
  return items.map((i) => (i.status === 'warning' && dismissed.has(dismissKey(i)) ? { ...i, dismissed: true } : i));
}

export interface ComplianceTally {
  pass: number;
  /** Warnings still open; the dismissed ones are counted apart. */
  warning: number;
  dismissed: number;
  missing: number;
  /** True when any item blocks: the export is allowed but recorded as incomplete. */
  incomplete: boolean;
}

export function tallyCompliance(items: readonly ComplianceItem[]): ComplianceTally {
  return {
    pass: items.filter((i) => i.status === 'pass').length,
    warning: items.filter((i) => i.status === 'warning' && !i.dismissed).length,
    dismissed: items.filter((i) => i.dismissed).length,
    missing: items.filter((i) => i.status === 'missing').length,
    incomplete: items.some((i) => i.blocking),
  };
}
