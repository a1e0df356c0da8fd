// Draft export, "Sign and export" and "Reopen for editing", each recorded in the export history with the SHA-256 of the
// file as written to disk, so the physician can prove what was served. Signing stamps the date and county into the
// case values (the §4628(j) declaration prints them), marks the case signed and freezes its version; nothing is
// changed when the save dialog is cancelled or the file cannot be written.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { CaseStatus } from '../../common/case/case-model';
import type { CaseDetail, ExportHistoryEntry, ServiceMethod } from '../../common/case/signing-model';
import { runComplianceCheck } from '../../common/compliance/run-compliance-check';
import type { ExportOutcome, SignOutcome } from '../../common/ipc/export.contract';
import { AppFailure } from '../../common/ipc/result';
import { formatUsDate } from '../../common/util/iso-date';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackendHost } from '../host';
import type { Db } from '../persistence/open-database';
import { convertToPdf, findSoffice } from '../signing/pdf-copy';
import type { SigningRepository } from '../signing/signing-repository';
import type { CaseDataService } from './case-data-service';
import type { CaseService } from './case-service';
import type { ExportOptions, ExportService, RenderedDocx } from './export-service';
import type { ReportAssembly } from './report-assembly';
import type { SettingsService } from './settings-service';

export interface SigningServiceDeps {
  db: Db;
  repo: SigningRepository;
  setCaseStatus: (caseId: string, status: CaseStatus) => void;
  cases: Pick<CaseService, 'get'>;
  caseData: Pick<CaseDataService, 'get' | 'saveValues'>;
  assembly: ReportAssembly;
  exports: Pick<ExportService, 'renderDocx'>;
  settings: SettingsService;
  host: BackendHost;
  /** ISO date of today, from the backend's clock. */
  today: () => string;
  /** Make a PDF copy beside each signed .docx when LibreOffice is installed (default true). */
  pdfCopies?: boolean;
}

export interface DraftRequest {
  caseId: string;
  proofOfService?: boolean;
}

export interface SignRequest {
  caseId: string;
  county: string;
  /** ISO date; today when not given. */
  signingDate?: string;
  proofOfService?: boolean;
  serviceMethod?: ServiceMethod;
  /** Who serves and signs the declaration of service, when not the physician. */
  serviceDeclarant?: string;
}

type Blocking = ExportHistoryEntry['blockingItems'];

const sha256File = (filePath: string) => {
  const bytes = fs.readFileSync(filePath);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
};

export function createSigningService(deps: SigningServiceDeps) {
  const { repo, assembly, settings } = deps;
  const pending = new Set<Promise<unknown>>();
  const signingNow = new Set<string>();
  const soffice = deps.pdfCopies === false ? null : findSoffice();

  /** Everything an export is built from, plus the blocking compliance items with the given values applied. */
  async function prepare(caseId: string, overrides: Record<string, string> = {}) {
    const a = await assembly.assemble(caseId);
    const ctx = { ...a.ctx, data: { ...a.ctx.data, values: { ...a.ctx.data.values, ...overrides } } };
    const items = runComplianceCheck(a.template, { ...ctx, documents: a.documents, discussion: a.discussion, summary: a.summary, today: deps.today() });
    const blocking: Blocking = items.filter((i) => i.blocking).map((i) => ({ id: i.id, label: i.label, message: i.message }));
    const options: ExportOptions = {
      physician: a.ctx.physician ?? null,
      records: a.ctx.records ?? null,
      generatorData: a.generatorData,
      letterhead: settings.letterhead(),
      // Build from what the assembly already read, so an export reads the case once.
      source: { caseRecord: a.ctx.caseRecord, data: a.ctx.data, template: a.template, documents: a.documents },
    };
    return { template: a.template, blocking, options };
  }

  function historyEntry(
    caseId: string,
    filePath: string,
    rendered: RenderedDocx,
    details: { signed: boolean; version: number; blocking: Blocking; proofOfService: boolean; letterhead: boolean; template: { id: string; version: number } },
  ): ExportHistoryEntry {
    const { sha256, bytes } = sha256File(filePath);
    return {
      id: randomUUID(),
      caseId,
      caseVersion: details.version,
      exportedAt: new Date().toISOString(),
      filePath,
      sha256,
      bytes,
      template: details.template,
      signed: details.signed,
      incomplete: details.blocking.length > 0,
      blockingItems: details.blocking,
      proofOfService: details.proofOfService,
      letterhead: details.letterhead,
      pdfPath: null,
    };
  }

  function startPdfCopy(historyId: string, docxPath: string): SignOutcome['pdf'] {
    if (deps.pdfCopies === false) return 'off';
    if (!soffice) return 'unavailable';
    const job = convertToPdf(soffice, docxPath)
      .then((pdfPath) => {
        if (pdfPath) repo.setPdfPath(historyId, pdfPath);
      })
      // The database may have been closed meanwhile (app quit); the PDF is then simply not recorded.
      .catch(() => undefined)
      .finally(() => pending.delete(job));
    pending.add(job);
    return 'converting';
  }

  async function signOnce(request: SignRequest): Promise<SignOutcome> {
    const { caseId, county } = request;
    const caseRecord = deps.cases.get(caseId);
    const state = repo.state(caseId);
    if (state.signedVersion) {
      const s = state.signedVersion;
      throw new AppFailure(
        'conflict',
        `Version ${s.version} of this report was already signed on ${formatUsDate(s.signingDate)}. To change it, reopen it for editing (that starts version ${s.version + 1}); the signed file stays in the export history.`,
      );
    }
    const physician = settings.profile();
    if (!physician?.name.trim()) {
      throw new AppFailure('invalid-input', 'Add your name in Settings → Physician profile before signing: it prints in the signature block and the document properties.');
    }
    const today = deps.today();
    const signingDate = request.signingDate ?? today;
    if (signingDate > today) {
      throw new AppFailure('invalid-input', `The signing date ${formatUsDate(signingDate)} is after today (${formatUsDate(today)}). Sign with today's date or an earlier one.`);
    }
    if (!county.trim()) throw new AppFailure('invalid-input', 'Enter the county where you sign the report; the declaration must state it.');

    const stamped = { 'signing.date': signingDate, 'signing.county': county };
    const { blocking, options } = await prepare(caseId, stamped);
    const proofOfService = request.proofOfService ?? false;
    const rendered = await deps.exports.renderDocx(caseId, {
      ...options,
      physician,
      draft: false,
      signaturePng: settings.signaturePng() ?? undefined,
      valueOverrides: stamped,
      proofOfService,
      service: {
        method: request.serviceMethod ?? 'mail',
        date: signingDate,
        county,
        ...(request.serviceDeclarant?.trim() ? { declarantName: request.serviceDeclarant.trim() } : {}),
      },
    });
    const suggested = rendered.fileName.replace(/\.docx$/i, ` - signed v${state.version}.docx`);
    const filePath = await deps.host.chooseSavePath(suggested, { name: 'Word document', extensions: ['docx'] });
    if (!filePath) return { filePath: null, warnings: rendered.warnings, historyId: null, version: state.version, signingDate, county, pdf: 'off', incomplete: blocking.length > 0 };

    writeFileAtomic(filePath, rendered.buffer);
    const entry = historyEntry(caseId, filePath, rendered, {
      signed: true,
      version: state.version,
      blocking,
      proofOfService,
      letterhead: !!options.letterhead,
      template: caseRecord.template,
    });
    deps.db.transaction(() => {
      deps.caseData.saveValues(caseId, stamped);
      deps.setCaseStatus(caseId, 'signed');
      repo.insertSignature({ caseId, version: state.version, signedAt: entry.exportedAt, signingDate, county });
      repo.insertHistory(entry);
    })();
    const pdf = startPdfCopy(entry.id, filePath);
    return {
      filePath,
      warnings: [...rendered.warnings, ...incompleteWarning(blocking)],
      historyId: entry.id,
      version: state.version,
      signingDate,
      county,
      pdf,
      incomplete: blocking.length > 0,
    };
  }

  const incompleteWarning = (blocking: Blocking) =>
    blocking.length ? [`Recorded as incomplete in the export history: ${blocking.map((b) => b.label).join('; ')}.`] : [];

  return {
    state: (caseId: string) => repo.state(caseId),
    detail(caseId: string): CaseDetail {
      return { ...deps.cases.get(caseId), ...repo.state(caseId) };
    },
    history(caseId: string): ExportHistoryEntry[] {
      deps.cases.get(caseId);
      return repo.history(caseId);
    },

    /** The unsigned export (DRAFT watermark), recorded in the history as a draft. */
    async exportDraft({ caseId, proofOfService = false }: DraftRequest): Promise<ExportOutcome & { historyId: string | null }> {
      const caseRecord = deps.cases.get(caseId);
      const { version } = repo.state(caseId);
      const { blocking, options } = await prepare(caseId);
      const stamped = deps.caseData.get(caseId).values['signing.date'];
      const rendered = await deps.exports.renderDocx(caseId, {
        ...options,
        draft: true,
        proofOfService,
        service: { date: typeof stamped === 'string' && stamped ? stamped : deps.today() },
      });
      const filePath = await deps.host.chooseSavePath(rendered.fileName, { name: 'Word document', extensions: ['docx'] });
      if (!filePath) return { filePath: null, warnings: rendered.warnings, historyId: null };
      writeFileAtomic(filePath, rendered.buffer);
      const entry = historyEntry(caseId, filePath, rendered, {
        signed: false,
        version,
        blocking,
        proofOfService,
        letterhead: !!options.letterhead,
        template: caseRecord.template,
      });
      repo.insertHistory(entry);
      return { filePath, warnings: rendered.warnings, historyId: entry.id };
    },

    /** "Sign and export": see the notes at the top. */
    async sign(request: SignRequest): Promise<SignOutcome> {
      // One signing per case at a time: a second click while the save dialog is open must not sign the version twice.
      if (signingNow.has(request.caseId)) throw new AppFailure('conflict', 'This report is already being signed; finish or cancel the save dialog first.');
      signingNow.add(request.caseId);
      try {
        return await signOnce(request);
      } finally {
        signingNow.delete(request.caseId);
      }
    },

    /** Starts the next version of a signed case: back to drafting, the signing date cleared (the county stays). */
    reopenForEdit(caseId: string): CaseDetail {
      deps.cases.get(caseId);
      const state = repo.state(caseId);
      if (!state.signedVersion) {
        throw new AppFailure('conflict', `Version ${state.version} of this report is not signed yet, so there is nothing to reopen; keep editing it.`);
      }
      deps.db.transaction(() => {
        repo.markReopened(caseId, state.signedVersion!.version, new Date().toISOString());
        deps.setCaseStatus(caseId, 'drafting');
        deps.caseData.saveValues(caseId, { 'signing.date': null });
      })();
      return { ...deps.cases.get(caseId), ...repo.state(caseId) };
    },

    /** Resolves when every background PDF copy has finished (the demo and tests wait before closing the database). */
    async settled(): Promise<void> {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
export type SigningService = ReturnType<typeof createSigningService>;
