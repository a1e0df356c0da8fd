// Walks every channel's input schema to its text fields: each is capped (so a 100 MB string is refused at the boundary,
// not by the database or the main process), and no control character reaches a handler (refused, or dropped in rich text).
import { describe, expect, it } from 'vitest';
import { contract } from '../../../electron/common/ipc/contract';

interface Node {
  _zod: { def: Record<string, unknown> & { type: string } };
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/** Fields another part of the app owns whose fix is pending there; each names the fix. Empty this list as they land. */
const KNOWN_GAPS: Record<string, string> = {};

/** A pipe whose first stage is a string: one text field, judged by what its last stage lets through. */
function startsFromText(node: Node): boolean {
  const def = node._zod.def;
  return def.type === 'string' || (def.type === 'pipe' && startsFromText(def.in as Node));
}

/** The text fields under a schema, by path: plain strings, and pipes that start from a string (a trimmed county, a trigger). */
function textFields(root: Node, at: string, found = new Map<string, Node>(), seen = new Set<Node>()): Map<string, Node> {
  if (seen.has(root)) return found;
  seen.add(root);
  const def = root._zod.def;
  const walk = (child: unknown, path: string) => textFields(child as Node, path, found, seen);
  switch (def.type) {
    case 'string':
      found.set(at, root);
      break;
    case 'pipe':
      if (startsFromText(root)) found.set(at, root);
      else walk(def.in, at);
      break;
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) walk(child, `${at}.${key}`);
      break;
    case 'array':
      walk(def.element, `${at}[]`);
      break;
    case 'record':
      walk(def.keyType, `${at}{key}`);
      walk(def.valueType, `${at}{}`);
      break;
    case 'union':
      (def.options as unknown[]).forEach((option) => walk(option, at));
      break;
    case 'intersection':
      walk(def.left, at);
      walk(def.right, at);
      break;
    case 'lazy':
      walk((def.getter as () => unknown)(), at);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      walk(def.innerType, at);
      break;
  }
  return found;
}

const fields = [...Object.entries(contract)].flatMap(([name, spec]) => [
  ...textFields(spec.input as unknown as Node, name).entries(),
]);
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Ten million characters: the 100 MB text is refused long before; every cap in the contract is below this. */
const HUGE = 'a'.repeat(10_000_001);
const PROBES = ['Okafor\u0000 Lindqvist', 'a\u0000', '\u001b[31mred', 'form\u000cfeed'];

describe('text fields of the IPC contract', () => {
  it('finds the text fields of the channels (the walk reaches into lists, unions and rich text)', () => {
    const paths = fields.map(([path]) => path);
    expect(paths).toContain('records:updateBatch.batch.sender');
    expect(paths).toContain('caseData:saveParties.items[].address');
    expect(paths.some((p) => p.startsWith('documents:save.') && p.endsWith('.text'))).toBe(true);
    expect(fields.length).toBeGreaterThan(50);
  });

  it.each(fields.filter(([path]) => !KNOWN_GAPS[path]))('%s is capped and lets no control character through', (_path, field) => {
    expect(field.safeParse(HUGE).success).toBe(false);
    for (const probe of PROBES) {
      const parsed = field.safeParse(probe);
      if (parsed.success) expect(parsed.data).not.toMatch(CONTROL);
    }
  });

  it.each(Object.keys(KNOWN_GAPS))('%s is still a known gap (remove it from the list once fixed)', (path) => {
    const field = fields.find(([p]) => p === path)?.[1];
    expect(field).toBeDefined();
    expect(PROBES.some((probe) => field!.safeParse(probe).success)).toBe(true);
  });
});
