// Loads report templates (YAML or JSON) from the built-in folder and the user's templates folder, keyed by id@version.
// Never throws: a file that cannot be read, parsed or validated becomes a problem naming the file, the path in it and what
// is wrong, and is simply not offered. It only reads files; it never touches case data.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { templateKey, type Template } from '../../common/template/template-schema';
import { validateTemplate, type TemplateProblem } from '../../common/template/validate-template';

export type TemplateOrigin = 'builtin' | 'user';

export interface LoadedTemplate {
  /** id@version, what a case pins. */
  key: string;
  template: Template;
  origin: TemplateOrigin;
  fileName: string;
  filePath: string;
}

export interface TemplateFileProblem {
  fileName: string;
  filePath: string;
  origin: TemplateOrigin;
  /** Path inside the file, e.g. "sections[3].fixedText[0]"; empty when the problem is the file as a whole. */
  path: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

export interface TemplateLoadResult {
  /** Built-ins first, then user templates; each by id, then version. */
  templates: LoadedTemplate[];
  problems: TemplateFileProblem[];
}

export interface TemplateFolders {
  builtinDir: string;
  /** The user's own templates; a folder that does not exist yet is simply empty. */
  userDir?: string | null;
}

const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

export async function loadTemplates(folders: TemplateFolders): Promise<TemplateLoadResult> {
  const problems: TemplateFileProblem[] = [];
  const byKey = new Map<string, LoadedTemplate>();
  const sources: Array<[string | null | undefined, TemplateOrigin]> = [
    [folders.builtinDir, 'builtin'],
    [folders.userDir, 'user'],
  ];
  for (const [dir, origin] of sources) {
    if (!dir) continue;
    for (const file of await listTemplateFiles(dir, origin, problems)) {
      const loaded = await loadTemplateFile(file, origin);
      if ('problems' in loaded) {
        problems.push(...loaded.problems);
        continue;
      }
      const existing = byKey.get(loaded.key);
      if (existing) {
        problems.push({
          fileName: loaded.fileName,
          filePath: loaded.filePath,
          origin,
          path: 'id',
          message:
            `${existing.origin === 'builtin' ? 'A built-in template' : 'Another template'} (${existing.fileName}) already has id "${loaded.template.id}" ` +
            `and version ${loaded.template.version}, so this file is not loaded. Give your copy a new id (e.g. "${loaded.template.id}-custom") or a higher version.`,
        });
        continue;
      }
      byKey.set(loaded.key, loaded);
    }
  }
  const templates = [...byKey.values()].sort(
    (a, b) =>
      rank(a.origin) - rank(b.origin) || a.template.id.localeCompare(b.template.id) || a.template.version - b.template.version,
  );
  return { templates, problems };
}

/** The newest version of each template id: what a new case may be written on. Older versions stay loaded for pinned cases. */
export function templatesForNewCases(result: TemplateLoadResult): LoadedTemplate[] {
  const newest = new Map<string, LoadedTemplate>();
  for (const t of result.templates) {
    const current = newest.get(t.template.id);
    if (!current || t.template.version > current.template.version) newest.set(t.template.id, t);
  }
  return [...newest.values()];
}

/** The exact version a case pinned, or undefined when that file is gone or invalid. */
export function findTemplate(result: TemplateLoadResult, id: string, version: number): LoadedTemplate | undefined {
  const key = templateKey(id, version);
  return result.templates.find((t) => t.key === key);
}

/** Reads, parses and validates one file. */
export async function loadTemplateFile(
  filePath: string,
  origin: TemplateOrigin,
): Promise<LoadedTemplate | { problems: TemplateFileProblem[] }> {
  const fileName = path.basename(filePath);
  const problem = (p: Omit<TemplateFileProblem, 'fileName' | 'filePath' | 'origin'>) => ({
    problems: [{ fileName, filePath, origin, ...p }],
  });
  try {
    const info = await stat(filePath);
    if (info.size > MAX_TEMPLATE_BYTES)
      return problem({
        path: '',
        message: `The file is larger than ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB; a template is never that big.`,
      });
    const text = await readFile(filePath, 'utf8');
    const parsed = path.extname(filePath).toLowerCase() === '.json' ? parseJson(text) : parseYaml(text);
    if (!parsed.ok) return problem(parsed.problem);
    if (parsed.data === null || parsed.data === undefined) return problem({ path: '', message: 'The file is empty.' });
    const validation = validateTemplate(parsed.data, { builtin: origin === 'builtin' });
    if (!validation.ok) {
      return {
        problems: validation.problems.map((p) => ({ fileName, filePath, origin, ...p, ...lineOf(parsed, p) })),
      };
    }
    const { template } = validation;
    return { key: templateKey(template.id, template.version), template, origin, fileName, filePath };
  } catch (error) {
    return problem({ path: '', message: `The file could not be read (${errorText(error)}).` });
  }
}

async function listTemplateFiles(dir: string, origin: TemplateOrigin, problems: TemplateFileProblem[]): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter(
        (e) =>
          !e.name.startsWith('.') &&
          TEMPLATE_EXTENSIONS.has(path.extname(e.name).toLowerCase()) &&
          (e.isFile() || e.isSymbolicLink()),
      )
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!(missing && origin === 'user')) {
      problems.push({
        fileName: path.basename(dir),
        filePath: dir,
        origin,
        path: '',
        message: `The templates folder could not be read (${errorText(error)}).`,
      });
    }
    return [];
  }
}

// ---------- parsing ----------

type Parsed =
  | { ok: true; data: unknown; format: 'json' }
  | { ok: true; data: unknown; format: 'yaml'; lineAt: (segments: Array<string | number>) => number | undefined }
  | { ok: false; problem: { path: string; line?: number; message: string } };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, data: JSON.parse(stripBom(text)), format: 'json' };
  } catch (error) {
    const detail = errorText(error);
    const position = /position (\d+)/.exec(detail);
    const lineCol = /line (\d+) column (\d+)/.exec(detail);
    let where: { line: number; column: number } | undefined;
    if (lineCol) where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
    else if (position) where = lineColumnAt(stripBom(text), Number(position[1]));
    const clean = detail.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    return {
      ok: false,
      problem: {
        path: '',
        ...(where ? { line: where.line } : {}),
        message: `The file is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}: ${clean}.`,
      },
    };
  }
}

// The mistakes people make most when editing YAML by hand, in words that say what to do.
const YAML_HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: ' If a text value contains a colon followed by a space, put the whole value in quotes.',
  DUPLICATE_KEY: ' The same key appears twice in one place; keep one.',
  TAB_AS_INDENT: ' Indent with spaces, not tabs.',
  BAD_INDENT: ' Check the indentation, and that every [ has its ].',
  MISSING_CHAR: ' Check for a missing closing quote or bracket.',
};

function parseYaml(text: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(stripBom(text), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    const message = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error';
    const hint = YAML_HINTS[first.code] ?? '';
    return {
      ok: false,
      problem: {
        path: '',
        line: pos.line,
        message: `The file is not valid YAML (line ${pos.line}, column ${pos.col}): ${message}.${hint}`,
      },
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const lineAt = (segments: Array<string | number>): number | undefined => {
    // Walk up to the nearest node that exists (a missing key's parent), so the line points somewhere useful.
    for (let n = segments.length; n >= 0; n--) {
      const node = doc.getIn(segments.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { ok: true, data, format: 'yaml', lineAt };
}

function lineOf(parsed: Parsed, problem: TemplateProblem): { line?: number } {
  if (!parsed.ok || parsed.format !== 'yaml' || !problem.path) return {};
  const line = parsed.lineAt(pathSegments(problem.path));
  return line ? { line } : {};
}

/** "sections[3].fixedText[0]" → ["sections", 3, "fixedText", 0]. */
export function pathSegments(pathText: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of pathText.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

function lineColumnAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'not a folder',
};

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code ? (FS_ERRORS[code] ?? code) : error.message;
}

function rank(origin: TemplateOrigin): number {
  return origin === 'builtin' ? 0 : 1;
}
