// The phrases table: rows ↔ Phrase values. Content is stored with its document-schema version, as section documents are.
import { randomUUID } from 'node:crypto';
import { DOC_SCHEMA_VERSION, upgradeDocument } from '../../common/document/doc-version';
import type { Phrase, PhraseFields, PhraseSectionKind } from '../../common/phrases/phrase-model';
import type { Db } from '../persistence/open-database';

interface PhraseRow {
  id: string;
  name: string;
  trigger: string;
  section_kind: string;
  doc_schema_version: number;
  content: string;
  example: number;
  updated_at: string;
}

const toPhrase = (r: PhraseRow): Phrase => ({
  id: r.id,
  name: r.name,
  trigger: r.trigger,
  sectionKind: r.section_kind as PhraseSectionKind,
  content: upgradeDocument(r.doc_schema_version, JSON.parse(r.content)),
  example: r.example === 1,
  updatedAt: r.updated_at,
});

export function createPhrasesRepository(db: Db) {
  const all = db.prepare('SELECT * FROM phrases ORDER BY section_kind, name COLLATE NOCASE');
  const byId = db.prepare('SELECT * FROM phrases WHERE id = ?');
  const clash = db.prepare(
    'SELECT name, trigger FROM phrases WHERE (name = @name OR trigger = @trigger) AND id IS NOT @id LIMIT 1',
  );
  const insert =
    db.prepare(`INSERT INTO phrases (id, name, trigger, section_kind, doc_schema_version, content, example, updated_at)
    VALUES (@id, @name, @trigger, @sectionKind, @version, @content, @example, @now)`);
  const update = db.prepare(`UPDATE phrases SET name = @name, trigger = @trigger, section_kind = @sectionKind,
    doc_schema_version = @version, content = @content, example = @example, updated_at = @now WHERE id = @id`);
  const remove = db.prepare('DELETE FROM phrases WHERE id = ?');

  const params = (id: string, fields: PhraseFields, example: boolean) => ({
    id,
    name: fields.name,
    trigger: fields.trigger,
    sectionKind: fields.sectionKind,
    version: DOC_SCHEMA_VERSION,
    content: JSON.stringify(fields.content),
    example: example ? 1 : 0,
    now: new Date().toISOString(),
  });

  return {
    list: (): Phrase[] => (all.all() as PhraseRow[]).map(toPhrase),
    get(id: string): Phrase | null {
      const row = byId.get(id) as PhraseRow | undefined;
      return row ? toPhrase(row) : null;
    },
    /** The phrase (other than `id`) that already has this name or trigger, compared without regard to case. */
    clashing(fields: Pick<PhraseFields, 'name' | 'trigger'>, id: string | null): { name: string; trigger: string } | null {
      return (clash.get({ name: fields.name, trigger: fields.trigger, id }) as { name: string; trigger: string }) ?? null;
    },
    insert(fields: PhraseFields, example = false, id: string = randomUUID()): string {
      insert.run(params(id, fields, example));
      return id;
    },
    update(id: string, fields: PhraseFields): boolean {
      return update.run(params(id, fields, false)).changes === 1;
    },
    delete: (id: string): boolean => remove.run(id).changes === 1,
  };
}
