// The shape of a sample case: everything a physician would have entered, with short local ids that seeding replaces
// by fresh UUIDs (so the sample can be opened any number of times).
import type { CaseFields, TemplateRef } from '../../common/case/case-model';
import type { Diagnosis, FieldValues, Injury, Measurement, Party, PartyQuestion } from '../../common/case/structure-model';
import type { RichDocument } from '../../common/document/doc-model';
import type { DiscussionData } from '../../common/case/discussion-model';

export interface SampleCase {
  fields: CaseFields;
  template: TemplateRef;
  injuries: Injury[];
  parties: Party[];
  diagnoses: Diagnosis[];
  measurements: Measurement[];
  /** A question's partyId names a party's local id. */
  questions: (PartyQuestion & { answer: RichDocument })[];
  values: FieldValues;
  /** Rich text by template section id. */
  sections: Record<string, RichDocument>;
  /** Impairments, apportionment, disability, schedule and fee; injury ids name injuries' local ids. */
  discussion?: Partial<DiscussionData>;
}

export const para = (
  ...texts: (string | { text: string; bold?: boolean; italic?: boolean; underline?: boolean })[]
): RichDocument[number] => ({
  type: 'paragraph',
  children: texts.map((t) => (typeof t === 'string' ? { text: t } : t)),
});
export const paras = (...texts: string[]): RichDocument => texts.map((t) => para(t));
export const bullets = (...items: string[]): RichDocument[number] => ({
  type: 'bulleted-list',
  children: items.map((text) => ({ type: 'list-item', children: [{ text }] })),
});
export const numbered = (...items: string[]): RichDocument[number] => ({
  type: 'numbered-list',
  children: items.map((text) => ({ type: 'list-item', children: [{ text }] })),
});
export const heading = (text: string): RichDocument[number] => ({ type: 'heading-one', children: [{ text }] });
