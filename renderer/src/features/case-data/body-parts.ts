// Common body parts and systems offered as suggestions wherever a body part is typed (injuries, diagnoses, measurements).
// Suggestions only: the physician may type any body part; the list just keeps spelling consistent across a case.
const COMMON_BODY_PARTS: readonly string[] = [
  'Cervical spine',
  'Thoracic spine',
  'Lumbar spine',
  'Left shoulder',
  'Right shoulder',
  'Left elbow',
  'Right elbow',
  'Left wrist',
  'Right wrist',
  'Left hand',
  'Right hand',
  'Left hip',
  'Right hip',
  'Left knee',
  'Right knee',
  'Left ankle',
  'Right ankle',
  'Left foot',
  'Right foot',
  'Head',
  'Face',
  'Teeth',
  'Eyes',
  'Hearing',
  'Psyche',
  'Sleep',
  'Sexual dysfunction',
  'Internal (GI)',
  'Cardiovascular',
  'Hypertension',
  'Respiratory',
  'Skin',
  'Chest',
  'Abdomen',
  'Groin',
];

/** Case body parts first (in case order), then the common ones not already named, without duplicates (case-insensitive). */
export function bodyPartSuggestions(caseBodyParts: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [...caseBodyParts, ...COMMON_BODY_PARTS]) {
    const key = name.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name.trim());
  }
  return out;
}
