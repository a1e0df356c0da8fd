// Every CHECK in the database schema has its rule in the zod contract first: a value the database would refuse is refused
// at the IPC boundary as invalid input naming the field (never an internal error), and the boundary values it allows pass
// through. A new CHECK without a row here fails the first test. Values the app writes itself say why they need no zod rule.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/backend/persistence/migrate';
import { MIGRATIONS } from '../../../electron/backend/persistence/migrations';
import type { ChannelName, InputOf } from '../../../electron/common/ipc/contract';
import { LETTERHEAD_MAX_BYTES, SIGNATURE_IMAGE_MAX_BYTES } from '../../../electron/common/settings/settings-model';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

interface Ctx {
  caseId: string;
  injuryId: string;
  batchId: string;
}

interface Boundary {
  channel: ChannelName;
  valid: (c: Ctx) => Record<string, unknown>;
  /** The field as the error names it: its path in the input. */
  field: string;
  bad: unknown[];
  good: unknown[];
  /** The good values are saved (false: the service may refuse them first for another reason, e.g. an unsigned case). */
  goodSaves?: boolean;
}

type Coverage = { zod: Boundary[] } | { appWritten: string };

const NUL = 'Okafor\u0000Lindqvist';
const injury = (c: Ctx) => ({
  id: c.injuryId,
  kind: 'specific',
  date: '2025-03-14',
  ctFrom: null,
  ctTo: null,
  adjNumber: '',
  description: '',
  psychClaimed: false,
  bodyParts: [{ name: 'Lumbar spine', status: 'accepted' }],
});
const impairment = (c: Ctx) => ({
  id: randomUUID(),
  injuryId: c.injuryId,
  bodyPart: 'Lumbar spine',
  method: 'DRE',
  citation: 'Table 15-3',
  regionalValue: null,
  wpi: 5,
  region: 'D',
  almarazGuzman: null,
});
const impairments = (c: Ctx) => ({ caseId: c.caseId, items: [impairment(c)] });
const apportionment = (c: Ctx) => ({
  caseId: c.caseId,
  items: [
    {
      id: randomUUID(),
      injuryId: c.injuryId,
      bodyPart: 'Lumbar spine',
      industrialPercent: 80,
      factors: [{ kind: 'pre-existing-pathology', label: 'Degenerative disc disease', percent: 20, explanation: 'Imaging.' }],
    },
  ],
});
const service = (c: Ctx) => ({ caseId: c.caseId, version: 1, servedOn: '2026-12-01', method: 'mail', partyIds: ['p1'] });
const batch = (c: Ctx) => ({
  batchId: c.batchId,
  batch: { sender: 'Golden Poppy Claims', dateReceived: '2026-11-02', declaredPageCount: 10, senderDeclarationReceived: true },
});
const percentRange = { bad: [-1, 101, 2.5, '50'], good: [0, 100] };
const REGIONS = { bad: ['H', 'a', ''], good: ['A', 'G'] };

const COVERAGE: Record<string, Coverage> = {
  'cases.report_kind': {
    zod: [
      {
        channel: 'cases:create',
        valid: () => ({
          fields: {
            examineeName: 'Ada Check',
            dateOfBirth: null,
            claimNumber: '',
            employer: '',
            claimsAdministrator: '',
            reportKind: 'QME',
            examDate: null,
          },
        }),
        field: 'fields.reportKind',
        bad: ['AME', 'qme', ''],
        good: ['IME'],
      },
    ],
  },
  'record_batches.sender': {
    zod: [
      {
        channel: 'records:updateBatch',
        valid: batch,
        field: 'batch.sender',
        // The example: a NUL passed zod and failed the CHECK (SQLite's length() stops at a NUL) as an internal error.
        bad: ['', '   ', '\u0000', NUL, 'Golden\nPoppy', 'x'.repeat(201)],
        good: ['A', 'x'.repeat(200), 'Okafor & Lindqvist, LLP'],
      },
    ],
  },
  'record_batches.declared_page_count': {
    zod: [{ channel: 'records:updateBatch', valid: batch, field: 'batch.declaredPageCount', bad: [-1, 1.5], good: [0, null] }],
  },
  'record_batches.sender_declaration_received': { appWritten: 'a boolean in zod, stored as 0 or 1' },
  'record_files.sha256': { appWritten: 'the import hashes the file' },
  'record_files.byte_size': { appWritten: 'the import measures the file; an empty file is refused before' },
  'record_files.page_count': { appWritten: 'the import counts the pages; a PDF without pages is refused before' },
  'record_files.status': { appWritten: 'set by the import and OCR' },
  'record_pages.page_number': { appWritten: 'the import numbers the pages from 1' },
  'record_pages.has_text_layer': { appWritten: 'set by the text extraction' },
  'record_pages.ocr_done': { appWritten: 'set by OCR' },
  'record_pages.count_if_duplicate': { appWritten: 'a boolean in zod (records:setDuplicateCounted), stored as 0 or 1' },
  'record_pages.problem': { appWritten: 'set by the text extraction' },
  'chronology_entries.relied_upon': { appWritten: 'a boolean in zod, stored as 0 or 1' },
  'chronology_entries.CHECK': {
    zod: [
      {
        channel: 'chronology:create',
        valid: (c) => ({
          caseId: c.caseId,
          entry: {
            dateOfService: null,
            provider: '',
            facility: '',
            recordType: '',
            source: { fileId: randomUUID(), pageFrom: 2, pageTo: 3 },
            summary: [{ type: 'paragraph', children: [{ text: '' }] }],
            reliedUpon: false,
          },
        }),
        field: 'entry.source',
        bad: [
          { fileId: randomUUID(), pageFrom: 3, pageTo: 2 },
          { fileId: randomUUID(), pageFrom: 0, pageTo: 2 },
        ],
        good: [null, { fileId: randomUUID(), pageFrom: 1, pageTo: 1 }],
        // An unknown file is refused by the service: not-found, not a CHECK failure.
        goodSaves: false,
      },
    ],
  },
  'injuries.kind': {
    zod: [
      {
        channel: 'caseData:saveInjuries',
        valid: (c) => ({ caseId: c.caseId, items: [injury(c)] }),
        field: 'items.0.kind',
        bad: ['acute', ''],
        good: ['specific'],
      },
    ],
  },
  'injury_body_parts.status': {
    zod: [
      {
        channel: 'caseData:saveInjuries',
        valid: (c) => ({ caseId: c.caseId, items: [injury(c)] }),
        field: 'items.0.bodyParts.0.status',
        bad: ['maybe', null],
        good: ['disputed', 'undetermined'],
      },
    ],
  },
  'discussion_impairments.regional_value': {
    zod: [
      {
        channel: 'discussion:saveImpairments',
        valid: (c) => ({ caseId: c.caseId, items: [{ ...impairment(c), regionalLevel: 'upper-extremity' }] }),
        field: 'items.0.regionalValue',
        ...percentRange,
      },
    ],
  },
  'discussion_impairments.wpi': {
    zod: [{ channel: 'discussion:saveImpairments', valid: impairments, field: 'items.0.wpi', ...percentRange }],
  },
  'discussion_impairments.region': {
    zod: [{ channel: 'discussion:saveImpairments', valid: impairments, field: 'items.0.region', ...REGIONS }],
  },
  'discussion_impairments.ag_strict_wpi': {
    zod: [
      {
        channel: 'discussion:saveImpairments',
        valid: (c) => ({
          caseId: c.caseId,
          items: [{ ...impairment(c), almarazGuzman: { strictWpi: 5, alternativeWpi: 8, reasons: 'Why.' } }],
        }),
        field: 'items.0.almarazGuzman.strictWpi',
        ...percentRange,
      },
    ],
  },
  'discussion_impairments.ag_alternative_wpi': {
    zod: [
      {
        channel: 'discussion:saveImpairments',
        valid: (c) => ({
          caseId: c.caseId,
          items: [{ ...impairment(c), almarazGuzman: { strictWpi: 5, alternativeWpi: 8, reasons: 'Why.' } }],
        }),
        field: 'items.0.almarazGuzman.alternativeWpi',
        ...percentRange,
      },
    ],
  },
  'discussion_combine_options.method': {
    zod: [
      {
        channel: 'discussion:saveImpairments',
        valid: (c) => ({ ...impairments(c), combine: [{ injuryId: c.injuryId, method: 'combine', addReason: '' }] }),
        field: 'combine.0.method',
        bad: ['multiply', ''],
        good: ['combine'],
      },
    ],
  },
  'discussion_apportionments.industrial_percent': {
    zod: [{ channel: 'discussion:saveApportionment', valid: apportionment, field: 'items.0.industrialPercent', ...percentRange }],
  },
  'discussion_apportionment_factors.percent': {
    zod: [{ channel: 'discussion:saveApportionment', valid: apportionment, field: 'items.0.factors.0.percent', ...percentRange }],
  },
  'discussion_prior_awards.region': {
    zod: [
      {
        channel: 'discussion:savePriorAwards',
        valid: (c) => ({ caseId: c.caseId, items: [{ region: 'D', percent: 10, description: '' }] }),
        field: 'items.0.region',
        ...REGIONS,
      },
    ],
  },
  'discussion_prior_awards.percent': {
    zod: [
      {
        channel: 'discussion:savePriorAwards',
        valid: (c) => ({ caseId: c.caseId, items: [{ region: 'D', percent: 10, description: '' }] }),
        field: 'items.0.percent',
        ...percentRange,
      },
    ],
  },
  'discussion_td_periods.kind': {
    zod: [
      {
        channel: 'discussion:saveDisability',
        valid: (c) => ({
          caseId: c.caseId,
          tdPeriods: [{ id: randomUUID(), from: '2025-03-15', to: null, kind: 'total' }],
          ps: null,
        }),
        field: 'tdPeriods.0.kind',
        bad: ['temporary', ''],
        good: ['partial'],
      },
    ],
  },
  'discussion_settings.ps_status': {
    zod: [
      {
        channel: 'discussion:saveDisability',
        valid: (c) => ({ caseId: c.caseId, tdPeriods: [], ps: { status: 'not-yet', date: null } }),
        field: 'ps.status',
        bad: ['done', ''],
        good: ['mmi', 'permanent-and-stationary'],
      },
    ],
  },
  'discussion_settings.extension_kind': {
    zod: [
      {
        channel: 'discussion:saveSchedule',
        valid: (c) => ({ caseId: c.caseId, schedule: { extension: { kind: 'good-cause', days: 10, approved: true } } }),
        field: 'schedule.extension.kind',
        bad: ['because', ''],
        good: ['pending-tests'],
      },
    ],
  },
  'discussion_settings.combine_across': { appWritten: 'a boolean in zod, stored as 0 or 1' },
  'settings.value_blob': {
    appWritten: 'signature (2 MB) and letterhead (10 MB) files are measured before they are read; see below',
  },
  'case_signatures.version': { appWritten: 'signing numbers versions from 1' },
  'export_history.case_version': { appWritten: 'the case’s own version' },
  'export_history.sha256': { appWritten: 'the export hashes the written file' },
  'export_history.bytes': { appWritten: 'the export measures the written file' },
  'export_history.signed': { appWritten: 'set by the export' },
  'export_history.incomplete': { appWritten: 'set by the export' },
  'audit_events.seq': { appWritten: 'record-audit numbers each chain from 1' },
  'audit_events.action': { appWritten: 'record-audit takes a typed AuditAction' },
  'audit_events.detail': { appWritten: 'record-audit writes canonical JSON of ids and counts' },
  'audit_events.prev_hash': { appWritten: 'the previous event’s SHA-256' },
  'audit_events.hash': { appWritten: 'record-audit hashes the event' },
  'export_history.proof_of_service': { appWritten: 'a boolean in zod, stored as 0 or 1' },
  'export_history.letterhead': { appWritten: 'set by the export' },
  'export_history.accepted_warnings': { appWritten: 'JSON the export writes from the zod-checked keys' },
  'report_service.served_on': {
    zod: [
      {
        channel: 'cases:recordService',
        valid: service,
        field: 'servedOn',
        bad: ['2026-13-01', '12/01/2026', '2026-02-30', `2026-12-01${'\u0000'}`],
        good: ['2026-12-01'],
        // An unsigned case cannot be served: conflict, before the database.
        goodSaves: false,
      },
    ],
  },
  'report_service.method': {
    zod: [
      { channel: 'cases:recordService', valid: service, field: 'method', bad: ['pigeon', ''], good: ['fax'], goodSaves: false },
    ],
  },
  'report_service.other_method': {
    // The CHECK wants it empty unless the method is "other": the service saves '' for any other method (case-service.ts).
    zod: [
      {
        channel: 'cases:recordService',
        valid: (c) => ({ ...service(c), method: 'other', otherMethod: 'courier' }),
        field: 'otherMethod',
        bad: ['', '   ', 'by\u0000hand', 'x'.repeat(121)],
        good: ['Overnight courier'],
        goodSaves: false,
      },
    ],
  },
  'report_service.parties_json': {
    zod: [
      {
        channel: 'cases:recordService',
        valid: service,
        field: 'partyIds',
        bad: [[], ['']],
        good: [['p1', 'p2']],
        goodSaves: false,
      },
    ],
  },
  'phrases.name': {
    // A NUL in the name still passes zod (phrase-model.ts, another change in progress); see text-fields.test.ts.
    zod: [{ channel: 'phrases:save', valid: phrase, field: 'name', bad: ['', '   ', 'x'.repeat(81)], good: ['Lumbar exam'] }],
  },
  'phrases.trigger': {
    zod: [
      {
        channel: 'phrases:save',
        valid: phrase,
        field: 'trigger',
        bad: ['a', 'x'.repeat(41), 'two words', 'a\u0000b'],
        good: ['ab', 'x'.repeat(40)],
      },
    ],
  },
  'phrases.content': { appWritten: 'JSON the phrases room writes from the zod-checked document' },
  'phrases.example': { appWritten: 'set by "Add the starter phrases"' },
  'section_revisions.kind': { appWritten: 'the documents room keeps each revision as one of its three kinds' },
};

let phraseCount = 0;
function phrase() {
  phraseCount++;
  return {
    name: `Phrase ${phraseCount}`,
    trigger: `phrase${phraseCount}`,
    sectionKind: 'general',
    content: [{ type: 'paragraph', children: [{ text: 'Normal gait.' }] }],
  };
}

/** The CHECK constraints of a freshly migrated database, as "table.column" (a table-level CHECK: "table.CHECK"). */
function schemaChecks(): string[] {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
  db.close();
  return tables.flatMap(({ name, sql }) =>
    sql
      .split(/\n|,(?=\s*[a-z_]+ [A-Z])/)
      .filter((line) => /\bCHECK\b/.test(line))
      .map((line) => `${name}.${line.trim().split(/\s+/)[0]}`),
  );
}

function withValue(payload: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(payload);
  const keys = field.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

describe('database CHECKs and the zod contract', () => {
  it('every CHECK in the schema has a row here, and every row a CHECK', () => {
    expect(schemaChecks().sort()).toEqual(Object.keys(COVERAGE).sort());
  });

  it('the settings files are capped below the database’s 10 MB blob CHECK before they are read', () => {
    expect(SIGNATURE_IMAGE_MAX_BYTES).toBeLessThanOrEqual(10_485_760);
    expect(LETTERHEAD_MAX_BYTES).toBeLessThanOrEqual(10_485_760);
  });

  describe('each CHECK’s boundary values through the real registry', () => {
    let t: TempBackend;
    const ctx: Ctx = { caseId: '', injuryId: randomUUID(), batchId: randomUUID() };
    beforeAll(async () => {
      t = createTempBackend({ prefix: 'medlegal-checks-' });
      const created = await t.invoke('cases:create', {
        fields: {
          examineeName: 'Ada Check',
          dateOfBirth: null,
          claimNumber: 'CHK-1',
          employer: '',
          claimsAdministrator: '',
          reportKind: 'QME',
          examDate: null,
        },
      });
      ctx.caseId = created.id;
      await t.invoke('caseData:saveInjuries', { caseId: ctx.caseId, items: [injury(ctx)] } as InputOf<'caseData:saveInjuries'>);
      const now = new Date().toISOString();
      t.backend.db
        .prepare(
          `INSERT INTO record_batches (id, case_id, sender, date_received, declared_page_count, sender_declaration_received, created_at, updated_at)
           VALUES (?, ?, 'Golden Poppy Claims', '2026-11-02', 10, 1, ?, ?)`,
        )
        .run(ctx.batchId, ctx.caseId, now, now);
    });
    afterAll(async () => {
      await t?.cleanup();
    });

    const rows = Object.entries(COVERAGE).flatMap(([check, coverage]) =>
      'zod' in coverage ? coverage.zod.map((b) => [check, b] as const) : [],
    );
    it.each(rows)('%s: %s', async (_check, boundary) => {
      for (const value of boundary.bad) {
        const result = await t.invokeRaw(boundary.channel, withValue(boundary.valid(ctx), boundary.field, value));
        expect(
          result,
          `${JSON.stringify(value)?.slice(0, 40)} is refused as invalid input naming ${boundary.field}`,
        ).toMatchObject({
          ok: false,
          error: {
            code: 'invalid-input',
            message: expect.stringMatching(new RegExp(`^${boundary.field.replace(/\./g, '\\.')}[.:]`)),
          },
        });
      }
      for (const value of boundary.good) {
        const result = await t.invokeRaw(boundary.channel, withValue(boundary.valid(ctx), boundary.field, value));
        if (boundary.goodSaves ?? true)
          expect(result, `${JSON.stringify(value)?.slice(0, 40)} is saved: ${JSON.stringify(result)}`).toMatchObject({
            ok: true,
          });
        else expect(result.ok ? 'saved' : result.error.code, JSON.stringify(value)).not.toMatch(/^(invalid-input|internal)$/);
      }
    });
  });
});
