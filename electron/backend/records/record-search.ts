// Full-text search over the case's page text (FTS5). The user's words are rebuilt into quoted FTS terms, so no input
// can produce an FTS syntax error; results are page citations (file + page, its printed label and Bates stamp) with a
// highlighted snippet.
import type { Db } from '../persistence/open-database';
import type { SearchHit, SearchResult, SnippetPart } from '../../common/records/records-types';

const MAX_TERMS = 16;
// Control characters never survive text cleaning, so they can mark the hits inside a snippet unambiguously.
const HIT_START = '\u0002';
const HIT_END = '\u0003';

/**
 * Turns what the user typed into a safe FTS5 query: words and "quoted phrases" (all must match), a trailing *
 * for a prefix. Punctuation splits words as the index does (L4-L5 → the phrase "L4 L5"). Null when nothing is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const phrase = match[1] !== undefined;
    let raw = (match[1] ?? match[2] ?? '').trim();
    const prefix = !phrase && raw.endsWith('*');
    if (prefix) raw = raw.replace(/\*+$/, '');
    const tokens = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!tokens.length) continue;
    const last = tokens[tokens.length - 1]!;
    // A one-letter prefix would match half the index; treat it as a whole word.
    terms.push(`"${tokens.join(' ')}"${prefix && last.length >= 2 ? '*' : ''}`);
    if (terms.length === MAX_TERMS) break;
  }
  return terms.length ? terms.join(' ') : null;
}

function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet.replace(/\s+/g, ' ');
  while (rest) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(HIT_END, start);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), hit: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((p) => p.text);
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** 'relevance' (best first) or 'document' (batch, file, page order). */
  order?: 'relevance' | 'document';
}

export function createRecordSearch(db: Db) {
  const select = (order: string) =>
    db.prepare(`SELECT p.file_id AS fileId, f.original_name AS fileName, p.page_number AS pageNumber,
        p.page_label AS pageLabel, p.bates,
        snippet(record_pages_fts, -1, '${HIT_START}', '${HIT_END}', '…', 16) AS snippet
      FROM record_pages_fts
      JOIN record_pages p ON p.id = record_pages_fts.rowid
      JOIN record_files f ON f.id = p.file_id
      ${order === 'document' ? 'JOIN record_batches b ON b.id = f.batch_id' : ''}
      WHERE record_pages_fts MATCH ? AND p.case_id = ?
      ORDER BY ${order === 'document' ? 'b.date_received, b.created_at, f.imported_at, f.rowid, p.page_number' : 'rank'}
      LIMIT ? OFFSET ?`);
  const byRelevance = select('relevance');
  const byDocument = select('document');

  return {
    search(caseId: string, query: string, options: SearchOptions = {}): SearchResult {
      const fts = toFtsQuery(query);
      if (!fts) return { hits: [], more: false };
      const limit = options.limit ?? 50; // 1–500: the records:search schema bounds it
      const offset = Math.max(0, Math.floor(options.offset ?? 0));
      const statement = options.order === 'document' ? byDocument : byRelevance;
      const rows = statement.all(fts, caseId, limit + 1, offset) as {
        fileId: string;
        fileName: string;
        pageNumber: number;
        pageLabel: string | null;
        bates: string | null;
        snippet: string;
      }[];
      const hits: SearchHit[] = rows.slice(0, limit).map((r) => ({
        fileId: r.fileId,
        fileName: r.fileName,
        pageNumber: r.pageNumber,
        pageLabel: r.pageLabel,
        bates: r.bates,
        snippet: splitSnippet(r.snippet ?? ''),
      }));
      return { hits, more: rows.length > limit };
    },
  };
}
