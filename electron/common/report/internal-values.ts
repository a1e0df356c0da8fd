// The values a physician enters that the report deliberately does not print, each with the reason. Every other entered
// value must reach the exported .docx: test/integration/report/completeness.test.ts fills each one with a marker, exports
// every built-in template and fails on a value that is neither printed nor listed here.

export interface InternalValue {
  /**
   * The value as the completeness test names it: "<list or area>.<key>", e.g. "fee.code", "parties[other].address"
   * (a party's role in brackets), "physician.qmeNumber"; a last segment "*" stands for every key of that list.
   */
  value: string;
  /** The built-in templates it is internal for; all of them when absent. */
  templates?: readonly string[];
  reason: string;
}

const IME_TEMPLATES = ['ime-workers-comp', 'ime-personal-injury', 'ime-disability-insurance', 'ime-addendum'] as const;

export const INTERNAL_VALUES: readonly InternalValue[] = [
  {
    value: 'parties[*].phone',
    reason:
      'The office’s number for reaching the party (scheduling, records requests). The report addresses and serves each party by its mail address.',
  },
  {
    value: 'parties[*].email',
    reason:
      'The office’s address for reaching the party. It prints only in the service list of a report served electronically (8 CCR §36), where it is the address served; a mailed report addresses parties by mail.',
  },
  {
    value: 'parties[other].*',
    reason:
      'A party entered as "Other" (a nurse case manager, an interpreter agency) is a contact the report is neither addressed to nor served on (8 CCR §36 names who is); its name prints only with questions it asked.',
  },
  {
    value: 'review.dismissedWarnings',
    reason: 'The physician’s dismissals of compliance warnings for this case: the review step’s bookkeeping, not report content.',
  },
  {
    value: 'schedule.*',
    reason:
      'Deadline inputs (the referral’s due date, the supplemental request date, agreed extra days, a Form 112 extension): they compute the due date the case list and the deadline panel show. A report does not state its own due date.',
  },
  {
    value: 'fee.*',
    reason:
      'The medical-legal fee (ML code, modifiers, pages, minutes) is billed on the invoice under 8 CCR §9795, not printed in the report.',
  },
  {
    value: 'impairments.region',
    reason:
      'The LC §4664(c)(1) region only checks the 100% lifetime cap per region against the prior awards; the report names each rating by its body part.',
  },
  {
    value: 'records.batch.senderDeclarationReceived',
    reason:
      'Records import bookkeeping: whether the sender’s declaration of its page count came with the records. The report prints the pages received and the count declared.',
  },
  {
    value: 'case.examDate',
    templates: ['ca-qme-supplemental'],
    reason:
      'A supplemental report answers questions from records without a new examination; its caption has no date of examination, and the report it supplements is dated in the template’s own field.',
  },
  {
    value: 'tdPeriods.*',
    templates: ['ca-qme-supplemental'],
    reason:
      'The supplemental template has no temporary disability section, so its discussion step does not offer the periods; changes in the physician’s opinions are written in its "Changes in opinions" section.',
  },
  {
    value: 'ps.*',
    templates: ['ca-qme-supplemental'],
    reason:
      'The supplemental template has no P&S section or P&S fields, so its discussion step does not offer the status; a change in P&S status is written in its "Changes in opinions" section.',
  },
  {
    value: 'physician.qmeNumber',
    templates: IME_TEMPLATES,
    reason:
      'A QME number certifies a California medical-legal evaluator; a report outside California workers’ comp does not print it.',
  },
  {
    value: 'physician.practiceAddress',
    templates: IME_TEMPLATES,
    reason:
      'It prints as the declarant’s business address in the California declaration of service; other reports carry the practice address on the physician’s letterhead.',
  },
];

/** "parties[*].phone" → any role; "fee.*" → any key under fee. */
function valuePattern(value: string): RegExp {
  const source = value
    .split(/(\[\*\]|\*)/)
    .map((part) => (part === '[*]' ? '\\[[^\\]]+\\]' : part === '*' ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The entry that makes a value internal in a template, or undefined when the report must print it. */
export function internalValue(templateId: string, value: string): InternalValue | undefined {
  return INTERNAL_VALUES.find((v) => (!v.templates || v.templates.includes(templateId)) && valuePattern(v.value).test(value));
}
