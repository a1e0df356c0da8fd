// Stored documents carry a schema version; upgraders run before validation so old cases always open.
import { AppFailure } from '../errors';
import { RichDocumentSchema, type RichDocument } from './doc-model';

export const DOC_SCHEMA_VERSION = 1;

/** Pure upgraders, keyed by the version they upgrade from. None yet: version 1 is the first. */
const UPGRADERS: Record<number, (doc: unknown) => unknown> = {};

export function upgradeDocument(version: number, raw: unknown): RichDocument {
  if (version > DOC_SCHEMA_VERSION) {
    throw new AppFailure(
      'invalid-file',
      'This section was saved by a newer version of MedLegal Writer. Update the app to open it.',
    );
  }
  let doc = raw;
  for (let v = version; v < DOC_SCHEMA_VERSION; v++) {
    const up = UPGRADERS[v];
    if (!up) throw new AppFailure('internal', `No upgrade path for document version ${v}.`);
    doc = up(doc);
  }
  const parsed = RichDocumentSchema.safeParse(doc);
  if (!parsed.success) throw new AppFailure('invalid-file', 'A saved section could not be read; it was left unchanged.');
  return parsed.data as RichDocument;
}
