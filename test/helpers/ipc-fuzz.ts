// Random IPC payloads for every channel, shaped by the channel's own zod schema (mostly near-valid, so handlers are reached
// and not only the parser), and what every reply must be: a Result with a known code, never a stack trace, the data
// folder's path or patient data the payload did not carry. Used by the short test in npm test and by `npm run check:fuzz`.
import { setLogSink } from '../../electron/backend/log';
import { contract } from '../../electron/common/ipc/contract';
import type { ErrorCode } from '../../electron/common/errors';
import type { Result } from '../../electron/common/ipc/result';
import { seededRandom } from '../fixtures/generate-pdfs';
import type { IpcRegistry } from './invoke';
import { createTempBackend } from './temp-backend';

interface Node {
  _zod: { def: Record<string, unknown> & { type: string } };
}

const CODES: readonly ErrorCode[] = [
  'invalid-input',
  'unknown-channel',
  'forbidden-sender',
  'not-found',
  'conflict',
  'cancelled',
  'io-error',
  'invalid-file',
  'internal',
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const MAX_DEPTH = 7;

export interface FuzzOptions {
  payloads: number;
  seed: number;
  /** Ids the payloads may name (a case, its records…); ids seen in replies are added as the run goes. */
  knownIds: string[];
  /** Patient data in the database: a reply may carry it only when its payload did. */
  secrets: string[];
  /** Paths no message may name (the data folder). */
  privatePaths: string[];
  /** Channels left out, with why (e.g. one that stages a restore for the next start). */
  skip?: readonly string[];
}

export interface FuzzFindings {
  payloads: number;
  byCode: Record<string, number>;
  succeeded: number;
  /** What broke a rule, one line each (channel, the rule, the payload cut short). */
  problems: string[];
  milliseconds: number;
}

async function fuzzIpc(registry: IpcRegistry, options: FuzzOptions): Promise<FuzzFindings> {
  // Seeded, so a finding can be replayed from its seed.
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const ids = new Set(options.knownIds);
  const channels = Object.keys(contract).filter((c) => !options.skip?.includes(c));

  const WEIRD = [
    '',
    ' ',
    'a\u0000b',
    '\u001b[31m',
    '../../../../etc/passwd',
    'C:\\Windows\\win.ini',
    '%s%n%x',
    "'; DROP TABLE cases; --",
    '\ud800',
    '💥'.repeat(50),
    'x'.repeat(70_000),
    '__proto__',
    '2026-02-30',
    '9999-99-99',
    '-1',
    'NaN',
  ];
  const WORDS = ['Lumbar spine', 'QME', 'examination', 'M54.5', 'Okafor', 'yes', 'no', 'qme', 'ltd', 'general'];
  const text = (): string => {
    const r = random();
    if (r < 0.3 && ids.size > 0) return pick([...ids]);
    if (r < 0.55) return pick(WORDS);
    if (r < 0.65) return `20${10 + Math.floor(random() * 20)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    if (r < 0.7 && options.secrets.length) return pick(options.secrets);
    return pick(WEIRD);
  };
  const number = () => pick([0, 1, -1, 2, 7, 100, 1.5, -0, 1e12, Number.MAX_SAFE_INTEGER, Math.floor(random() * 500)]);
  const anything = (): unknown => pick([null, undefined, true, 0, 'x', [], {}, [1, 'a'], { a: 1 }]);

  const valueOf = (node: Node, depth: number): unknown => {
    if (depth > MAX_DEPTH) return anything();
    if (chance(0.04)) return anything();
    const def = node._zod.def;
    const inner = (key: string) => valueOf(def[key] as Node, depth + 1);
    switch (def.type) {
      case 'string':
        return text();
      case 'number':
      case 'int':
        return number();
      case 'bigint':
        return number();
      case 'boolean':
        return chance(0.5);
      case 'null':
        return null;
      case 'undefined':
        return undefined;
      case 'literal':
        return pick(def.values as unknown[]);
      case 'enum':
        return chance(0.9) ? pick(Object.values(def.entries as Record<string, unknown>)) : text();
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [key, child] of Object.entries(def.shape as Record<string, Node>)) {
          if (chance(0.05)) continue;
          out[key] = valueOf(child, depth + 1);
        }
        if (chance(0.03)) Object.assign(out, JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}'));
        return out;
      }
      case 'array': {
        const length = chance(0.05) ? 40 : Math.floor(random() * 4);
        return Array.from({ length }, () => inner('element'));
      }
      case 'tuple':
        return (def.items as Node[]).map((item) => valueOf(item, depth + 1));
      case 'record': {
        const out: Record<string, unknown> = {};
        for (let i = Math.floor(random() * 3); i > 0; i--) out[text()] = inner('valueType');
        return out;
      }
      case 'union':
        return valueOf(pick(def.options as Node[]), depth + 1);
      case 'intersection':
        return { ...(inner('left') as object), ...(inner('right') as object) };
      case 'lazy':
        return valueOf((def.getter as () => Node)(), depth + 1);
      case 'pipe':
        return inner('in');
      case 'optional':
        return chance(0.2) ? undefined : inner('innerType');
      case 'nullable':
        return chance(0.2) ? null : inner('innerType');
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        return chance(0.15) ? undefined : inner('innerType');
      default:
        return anything();
    }
  };

  const findings: FuzzFindings = { payloads: 0, byCode: {}, succeeded: 0, problems: [], milliseconds: 0 };
  const problem = (channel: string, rule: string, payload: string) =>
    findings.problems.push(`${channel}: ${rule}; payload ${payload.slice(0, 300)}`);
  const started = performance.now();
  for (let i = 0; i < options.payloads; i++) {
    const channel = chance(0.01) ? `${pick(channels)}x` : pick(channels);
    const spec = (contract as Record<string, { input: unknown } | undefined>)[channel];
    const payload = spec && chance(0.97) ? valueOf(spec.input as Node, 0) : anything();
    let shown: string;
    try {
      shown = JSON.stringify(payload) ?? String(payload);
    } catch {
      shown = String(payload);
    }
    findings.payloads++;
    let result: Result<unknown>;
    try {
      result = await registry.invoke(channel, payload);
    } catch (error) {
      problem(channel, `invoke threw ${error instanceof Error ? error.name : typeof error}`, shown);
      continue;
    }
    if (result.ok) {
      findings.succeeded++;
      findings.byCode.ok = (findings.byCode.ok ?? 0) + 1;
      for (const id of JSON.stringify(result.data ?? null).match(UUID) ?? []) if (ids.size < 300) ids.add(id);
      continue;
    }
    const { code, message } = result.error;
    findings.byCode[code] = (findings.byCode[code] ?? 0) + 1;
    if (!CODES.includes(code)) problem(channel, `unknown error code ${String(code)}`, shown);
    if (code === 'internal') problem(channel, 'a handler failed on input the contract let through (internal)', shown);
    if (typeof message !== 'string' || message.trim() === '') problem(channel, 'an error without a message', shown);
    else {
      if (/\n\s+at\s/.test(message)) problem(channel, 'a stack trace in the message', shown);
      if (message.length > 2_000) problem(channel, `a ${message.length}-character message`, shown);
      for (const p of options.privatePaths) if (message.includes(p)) problem(channel, 'the data folder named', shown);
      for (const s of options.secrets) if (message.includes(s) && !shown.includes(s)) problem(channel, 'patient data', shown);
    }
  }
  findings.milliseconds = performance.now() - started;
  return findings;
}

/** The examinee the fuzzed data folder holds: any reply or log line with these, unasked, is a leak. */
const EXAMINEE = { name: 'Xanthippe Q. Fuzzmarker', claimNumber: 'FUZZ-PHI-93131' };

/**
 * A fresh data folder with the sample QME and one case of a marked examinee, fuzzed through the real registry; the log lines
 * written meanwhile are checked for the examinee too.
 */
export async function fuzzTempBackend(payloads: number, seed: number): Promise<FuzzFindings> {
  const lines: string[] = [];
  setLogSink((line) => lines.push(line));
  // As in the app, every dialog is there and the physician cancels it.
  const temp = createTempBackend({
    prefix: 'medlegal-fuzz-',
    host: { chooseSavePath: async () => null, chooseOpenFile: async () => null, chooseOpenFiles: async () => [] },
  });
  try {
    const sample = await temp.invoke('cases:openSample', { sample: 'qme' });
    const own = await temp.invoke('cases:create', {
      fields: {
        examineeName: EXAMINEE.name,
        dateOfBirth: '1970-03-04',
        claimNumber: EXAMINEE.claimNumber,
        employer: 'Fictional Employer',
        claimsAdministrator: 'Fictional Claims',
        reportKind: 'QME',
        examDate: null,
      },
    });
    const findings = await fuzzIpc(temp.backend.registry, {
      payloads,
      seed,
      knownIds: [sample.id, own.id],
      secrets: [EXAMINEE.name, EXAMINEE.claimNumber],
      privatePaths: [temp.dataDir],
    });
    for (const line of lines) {
      if (line.includes(EXAMINEE.name) || line.includes(EXAMINEE.claimNumber)) {
        findings.problems.push(`log: patient data in a log line: ${line.slice(0, 200)}`);
      }
    }
    // Still serving after it all: the list answers and the marked case is where it was (unless a payload deleted it).
    await temp.invoke('cases:list', { query: '' });
    return findings;
  } finally {
    setLogSink(null);
    await temp.cleanup();
  }
}
