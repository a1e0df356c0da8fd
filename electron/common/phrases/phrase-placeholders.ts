// The {{placeholders}} a phrase may hold and how they are filled from a case. Filling goes through the report's own
// resolvePlaceholders, so a phrase prints a value exactly as the report does and a value the case lacks becomes the same
// "[examinee name]" gap the report prints, which the sign check then refuses.
import type { BlockElement, FormattedText, ListElement, RichDocument } from '../document/doc-model';
import { boundFieldSpec, type BoundFieldName } from '../template/bound-fields';
import { missingText, resolvePlaceholders, scanPlaceholders, type TemplateValues } from '../template/resolve-placeholders';

/** The case values a phrase may name: those every case has a place for. */
export const PHRASE_PLACEHOLDERS = [
  'case.examineeName',
  'case.dateOfBirth',
  'case.occupation',
  'case.employer',
  'case.datesOfInjury',
  'case.bodyPartsClaimed',
  'case.examDate',
  'case.claimNumber',
  'physician.name',
] as const satisfies readonly BoundFieldName[];

const KNOWN = new Set<string>(PHRASE_PLACEHOLDERS);
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

const labelOf = (name: string) => boundFieldSpec(name)?.label ?? name;

const isList = (block: BlockElement): block is ListElement => block.type === 'bulleted-list' || block.type === 'numbered-list';

function leaves(doc: RichDocument): FormattedText[][] {
  return doc.map((block) => (isList(block) ? block.children.flatMap((item) => item.children) : block.children));
}

/** Why the phrase's placeholders cannot be kept, or null when every one is known and whole. */
export function phrasePlaceholderProblem(doc: RichDocument): string | null {
  const known = `The placeholders a phrase can use are: ${PHRASE_PLACEHOLDERS.map((n) => `{{${n}}}`).join(', ')}.`;
  for (const blockLeaves of leaves(doc)) {
    const blockText = blockLeaves.map((t) => t.text).join('');
    const scan = scanPlaceholders(blockText);
    if (scan.malformed.length > 0)
      return `"${scan.malformed[0]}" is not a placeholder: write it as {{case.examineeName}}. ${known}`;
    const unknown = scan.placeholders.find((p) => !KNOWN.has(p.name));
    if (unknown) return `Unknown placeholder {{${unknown.name}}}. ${known}`;
    // Filling works on each run of formatting; a placeholder half bold, half plain would stay unfilled.
    const whole = blockLeaves.reduce((n, t) => n + scanPlaceholders(t.text).placeholders.length, 0);
    if (whole !== scan.placeholders.length)
      return `A placeholder in "${blockText.slice(0, 60)}" changes formatting part way through. Give the whole {{…}} one formatting.`;
  }
  return null;
}

/** What each phrase placeholder prints for a case: its value as the report formats it, or its "[label]" gap. */
export function printedPlaceholders(values: TemplateValues): Record<string, string> {
  return Object.fromEntries(PHRASE_PLACEHOLDERS.map((name) => [name, resolvePlaceholders(`{{${name}}}`, values).text]));
}

/** The phrase with its placeholders replaced; without a case's values each prints its gap. */
export function fillPhrase(doc: RichDocument, printed: Readonly<Record<string, string>> = {}): RichDocument {
  const fill = (t: FormattedText): FormattedText => ({
    ...t,
    text: t.text.replace(PLACEHOLDER, (raw, inner: string) => {
      const name = inner.trim();
      if (!KNOWN.has(name)) return raw;
      return printed[name] ?? missingText(labelOf(name));
    }),
  });
  return doc.map((block): BlockElement =>
    isList(block)
      ? { ...block, children: block.children.map((item) => ({ ...item, children: item.children.map(fill) })) }
      : { ...block, children: block.children.map(fill) },
  );
}

const GAPS = PHRASE_PLACEHOLDERS.map((name) => ({ gap: missingText(labelOf(name)), label: labelOf(name) }));

/** Labels of the phrase gaps ("[examinee name]") a section's text still holds. */
export function phraseGapLabels(text: string): string[] {
  return GAPS.filter(({ gap }) => text.includes(gap)).map(({ label }) => label);
}
