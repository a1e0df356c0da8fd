// Draft export and "Sign and export", each recorded in the export history with the SHA-256 of the file as written to disk,
// so the physician can prove what was served. Each export assembles the report once, checks it once and renders it once.
// Signing stamps the date and county into the case values (the §4628(j) declaration prints them), marks the case signed
// and freezes its version; it is refused while a blocking compliance item is missing or an open warning was not accepted,
// and nothing is changed when the save dialog is cancelled or the file cannot be written.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportHistoryEntry, ServiceMethod } from '../../common/case/signing-model';
import type { FieldValues } from '../../common/case/structure-model';
import { dismissKey } from '../../common/compliance/dismissals';
import type { ComplianceItem } from '../../common/compliance/run-compliance-check';
import type { AcceptedWarning, ExportOutcome, ExportRecord, ReportPreview, SignOutcome } from '../../common/ipc/export.contract';
import { AppFailure } from '../../common/errors';
import type { ServiceDetails } from '../../common/report/proof-of-service';
import { signingGate } from '../../common/report/workflow';
import { formatUsDate } from '../../common/util/iso-date';
import type { CaseDataService } from '../case-data/case-data-service';
import type { CaseService } from '../cases/case-service';
import type { RevisionService } from '../documents/revision-service';
import { recordAudit } from '../audit/record-audit';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackendHost } from '../host';
import type { Db } from '../persistence/open-database';
import { checkReport, type AssembledReport, type ReportAssembler } from '../report/assemble-report';
import type { RenderOptions } from '../report/docx/build-template-report';
import { renderReport, type RenderedDocx } from '../report/render-report';
import type { SettingsService } from '../settings/settings-service';
import { createExportHistoryRepository } from './export-history-repository';
import { sweepExportFolders, sweepPdfWorkFolders } from '../fs/leftovers';
import { convertToPdf, findSoffice } from './pdf-copy';

export interface ExportServiceDeps {
  db: Db;
  cases: Pick<CaseService, 'get' | 'versionState' | 'markSigned'>;
  caseData: Pick<CaseDataService, 'saveValues'>;
  /** Keeps every section's text as signed ("Signed version N" in its history), inside the signing transaction. */
  revisions: Pick<RevisionService, 'keepSigned'>;
  assembler: ReportAssembler;
  settings: Pick<SettingsService, 'profile' | 'letterhead' | 'signaturePng'>;
  host: BackendHost;
  /** ISO date of today, from the backend's clock. */
  today: () => string;
  /** Make a PDF copy beside each signed .docx when LibreOffice is installed (default true). */
  pdfCopies?: boolean;
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
  /** Keys (dismissKey) of the warnings confirmed with "Sign anyway"; they must cover every open warning. */
  acceptedWarnings?: readonly string[];
}

type Blocking = ExportHistoryEntry['blockingItems'];

interface Produced {
  report: AssembledReport;
  rendered: RenderedDocx;
  /** The compliance check of exactly what was rendered. */
  items: ComplianceItem[];
  blocking: Blocking;
  letterhead: boolean;
  proofOfService: boolean;
}

const sha256File = (filePath: string) => {
  const bytes = fs.readFileSync(filePath);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
};

/** What identifies a signed version in the audit trail after its case is gone: version, signer, time, the .docx's SHA-256. */
const signedDetail = (e: ExportRecord, signingDate: string) => ({
  version: e.caseVersion,
  signedAt: e.exportedAt,
  signingDate,
  sha256: e.sha256,
  fileName: path.basename(e.filePath),
});

/** What signing stamps into the report: the date of signing, which is also the report's date (caption, running header). */
const signingStamp = (signingDate: string): FieldValues => ({ 'signing.date': signingDate, 'case.reportDate': signingDate });

const inWords = (items: readonly { label: string; message: string }[]) =>
  items.map((i) => `${i.label}: ${i.message.replace(/\.$/, '')}`).join('; ');

/** Served by mail, by the physician, on the signing date, in the signing county, unless told otherwise. */
function serviceDetails(report: AssembledReport, given: Partial<ServiceDetails>): ServiceDetails {
  const values = report.data.values;
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
  return {
    method: given.method ?? 'mail',
    date: given.date ?? (value('signing.date') || report.today),
    county: given.county ?? (value('signing.county') || report.physician?.defaultCounty || ''),
    declarantName: given.declarantName ?? report.physician?.name ?? '',
    declarantAddress: given.declarantAddress ?? report.physician?.practiceAddress ?? '',
  };
}

export function createExportService(deps: ExportServiceDeps) {
  const { settings } = deps;
  const history = createExportHistoryRepository(deps.db);
  // A crash during an earlier save or PDF copy may have left hidden temp copies (with the examinee's name) beside the
  // reports and work folders in the temp folder: gone at start.
  sweepExportFolders(history.allFolders());
  if (deps.pdfCopies !== false) sweepPdfWorkFolders();
  const pending = new Set<Promise<unknown>>();
  const signingNow = new Set<string>();
  const soffice = deps.pdfCopies === false ? null : findSoffice();

  /** Assembles, checks and renders once; `values` are printed as if saved (the signing stamp). */
  async function produce(
    caseId: string,
    values: FieldValues,
    options: Omit<RenderOptions, 'letterhead' | 'proofOfService'> & { service?: Partial<ServiceDetails> },
  ): Promise<Produced> {
    const report = await deps.assembler.assemble(caseId, values);
    const items = checkReport(report);
    const blocking = items.filter((i) => i.blocking).map((i) => ({ id: i.id, label: i.label, message: i.message }));
    const letterhead = settings.letterhead() ?? undefined;
    const { service, ...render } = options;
    const proofOfService = service ? serviceDetails(report, service) : undefined;
    const rendered = await renderReport(report, { ...render, letterhead, proofOfService });
    return { report, rendered, items, blocking, letterhead: !!letterhead, proofOfService: !!proofOfService };
  }

  function record(
    filePath: string,
    produced: Produced,
    signed: boolean,
    version: number,
    acceptedWarnings: AcceptedWarning[] = [],
  ): ExportRecord {
    const { report, blocking } = produced;
    return {
      id: randomUUID(),
      caseId: report.caseRecord.id,
      caseVersion: version,
      exportedAt: new Date().toISOString(),
      filePath,
      ...sha256File(filePath),
      template: report.caseRecord.template,
      signed,
      incomplete: blocking.length > 0,
      blockingItems: blocking,
      proofOfService: produced.proofOfService,
      letterhead: produced.letterhead,
      pdfPath: null,
      acceptedWarnings,
    };
  }

  function startPdfCopy(historyId: string, docxPath: string): SignOutcome['pdf'] {
    if (deps.pdfCopies === false) return 'off';
    if (!soffice) return 'unavailable';
    const job = convertToPdf(soffice, docxPath)
      .then((pdfPath) => {
        if (pdfPath) history.setPdfPath(historyId, pdfPath);
      })
      // The database may have been closed meanwhile (app quit); the PDF is then simply not recorded.
      .catch(() => undefined)
      .finally(() => pending.delete(job));
    pending.add(job);
    return 'converting';
  }

  /**
   * The one gate of signing, on the compliance check of exactly what would be signed: no blocking item missing, and every
   * open warning among those the physician accepted. Returns the accepted warnings as worded now, for the history.
   */
  function gate(items: readonly ComplianceItem[], accepted: readonly string[]): AcceptedWarning[] {
    const { blocking, warnings } = signingGate(items);
    if (blocking.length) {
      throw new AppFailure(
        'invalid-input',
        `This report cannot be signed yet. Still missing: ${inWords(blocking)}. ` +
          'The compliance check on the Review and sign step links to each; a draft can still be exported.',
      );
    }
    const acceptedKeys = new Set(accepted);
    const unaccepted = warnings.filter((w) => !acceptedKeys.has(dismissKey(w)));
    if (unaccepted.length) {
      throw new AppFailure(
        'conflict',
        `The compliance check has ${unaccepted.length === 1 ? 'a warning' : 'warnings'} you have not confirmed: ${inWords(unaccepted)}. ` +
          'Check again, then fix, dismiss or accept each with "Sign anyway".',
      );
    }
    return warnings.map(({ id, label, message }) => ({ id, label, message }));
  }

  async function signOnce(request: SignRequest): Promise<SignOutcome> {
    const { caseId, county } = request;
    const state = deps.cases.versionState(deps.cases.get(caseId).id);
    if (state.signedVersion) {
      const s = state.signedVersion;
      throw new AppFailure(
        'conflict',
        `Version ${s.version} of this report was already signed on ${formatUsDate(s.signingDate)}. To change it, reopen it for editing (that starts version ${s.version + 1}); the signed file stays in the export history.`,
      );
    }
    if (!settings.profile()?.name.trim()) {
      throw new AppFailure(
        'invalid-input',
        'Add your name in Settings → Physician profile before signing: it prints in the signature block and the document properties.',
      );
    }
    const today = deps.today();
    const signingDate = request.signingDate ?? today;
    if (signingDate > today) {
      throw new AppFailure(
        'invalid-input',
        `The signing date ${formatUsDate(signingDate)} is after today (${formatUsDate(today)}). Sign with today's date or an earlier one.`,
      );
    }
    if (!county.trim())
      throw new AppFailure('invalid-input', 'Enter the county where you sign the report; the declaration must state it.');

    // A signed report is dated the day it is signed: the caption and the running header print that date.
    const stamped = { ...signingStamp(signingDate), 'signing.county': county };
    const declarant = request.serviceDeclarant?.trim();
    const produced = await produce(caseId, stamped, {
      draft: false,
      signaturePng: settings.signaturePng() ?? undefined,
      ...(request.proofOfService
        ? {
            service: {
              method: request.serviceMethod ?? 'mail',
              date: signingDate,
              county,
              ...(declarant ? { declarantName: declarant } : {}),
            },
          }
        : {}),
    });
    const { rendered } = produced;
    const acceptedWarnings = gate(produced.items, request.acceptedWarnings ?? []);
    if (rendered.unfilled.length > 0) {
      throw new AppFailure(
        'invalid-input',
        `The report still has values printed as [brackets], so it cannot be signed: ${rendered.unfilled.join(', ')}. ` +
          'Enter them (the compliance check links to each), or export a draft.',
      );
    }
    const suggested = rendered.fileName.replace(/\.docx$/i, ` - signed v${state.version}.docx`);
    const filePath = await deps.host.chooseSavePath(suggested, { name: 'Word document', extensions: ['docx'] });
    const outcome = { version: state.version, signingDate, county };
    if (!filePath) return { ...outcome, filePath: null, warnings: rendered.warnings, historyId: null, pdf: 'off' };

    history.rememberFolder(path.dirname(filePath));
    writeFileAtomic(filePath, rendered.buffer);
    const entry = record(filePath, produced, true, state.version, acceptedWarnings);
    deps.db.transaction(() => {
      deps.caseData.saveValues(caseId, stamped);
      deps.cases.markSigned(caseId, { version: state.version, signedAt: entry.exportedAt, signingDate, county });
      deps.revisions.keepSigned(caseId, state.version);
      history.insert(entry);
      recordAudit(deps.db, { caseId, action: 'report.signed', detail: signedDetail(entry, signingDate) });
    })();
    return {
      ...outcome,
      filePath,
      warnings: rendered.warnings,
      historyId: entry.id,
      pdf: startPdfCopy(entry.id, filePath),
    };
  }

  return {
    history(caseId: string): ExportRecord[] {
      deps.cases.get(caseId);
      return history.list(caseId);
    },

    /** Opens an exported file (or its PDF copy), or shows it in its folder; the path comes from the history only. */
    async openFile(historyId: string, kind: 'docx' | 'pdf', action: 'open' | 'show'): Promise<{ done: true }> {
      const entry = history.get(historyId);
      if (!entry) throw new AppFailure('not-found', 'That export is not in the history any more. Export the report again.');
      const file = kind === 'pdf' ? entry.pdfPath : entry.filePath;
      if (!file) throw new AppFailure('not-found', 'This export has no PDF copy. Open the Word file instead.');
      if (!fs.existsSync(file))
        throw new AppFailure(
          'not-found',
          `${path.basename(file)} is no longer in ${path.dirname(file)}: it was moved, renamed or deleted. Its SHA-256 in the export history (${entry.sha256.slice(0, 16)}…) identifies the exact file if you find it.`,
        );
      const { openFile, showInFolder } = deps.host;
      if (action === 'show') {
        if (!showInFolder) throw new AppFailure('io-error', 'Showing files in their folder needs the desktop app.');
        showInFolder(file);
        return { done: true };
      }
      if (!openFile) throw new AppFailure('io-error', 'Opening files needs the desktop app.');
      const problem = await openFile(file);
      if (problem)
        throw new AppFailure(
          'io-error',
          `${path.basename(file)} could not be opened (${problem}). Install a program that opens ${kind === 'pdf' ? 'PDF' : 'Word'} files, or use "Show in folder".`,
        );
      return { done: true };
    },

    /** The compliance check of the report as it will be signed on `signingDate` (today), or as signed once it is. */
    async signCheck(caseId: string, signingDate?: string): Promise<ComplianceItem[]> {
      const state = deps.cases.versionState(deps.cases.get(caseId).id);
      const stamp = state.signedVersion ? {} : signingStamp(signingDate ?? deps.today());
      return deps.assembler.check(caseId, stamp);
    },

    /** The report as signing would write it now, for the preview: rendered in memory, nothing written or recorded. */
    async preview(caseId: string, signingDate?: string, county?: string): Promise<ReportPreview> {
      const state = deps.cases.versionState(deps.cases.get(caseId).id);
      const stamp = state.signedVersion
        ? {}
        : { ...signingStamp(signingDate ?? deps.today()), ...(county ? { 'signing.county': county } : {}) };
      const { rendered } = await produce(caseId, stamp, { draft: false, signaturePng: settings.signaturePng() ?? undefined });
      return { docxBase64: rendered.buffer.toString('base64'), unfilled: rendered.unfilled, warnings: rendered.warnings };
    },

    /** The unsigned export (DRAFT watermark), recorded in the history as a draft. */
    async exportDraft({
      caseId,
      proofOfService = false,
    }: {
      caseId: string;
      proofOfService?: boolean;
    }): Promise<ExportOutcome & { historyId: string | null }> {
      const { version } = deps.cases.versionState(deps.cases.get(caseId).id);
      const produced = await produce(caseId, {}, { draft: true, ...(proofOfService ? { service: {} } : {}) });
      const { rendered } = produced;
      const filePath = await deps.host.chooseSavePath(rendered.fileName, { name: 'Word document', extensions: ['docx'] });
      if (!filePath) return { filePath: null, warnings: rendered.warnings, historyId: null };
      history.rememberFolder(path.dirname(filePath));
      writeFileAtomic(filePath, rendered.buffer);
      const entry = record(filePath, produced, false, version);
      history.insert(entry);
      return { filePath, warnings: rendered.warnings, historyId: entry.id };
    },

    /** "Sign and export": see the notes at the top. */
    async sign(request: SignRequest): Promise<SignOutcome> {
      // One signing per case at a time: a second click while the save dialog is open must not sign the version twice.
      if (signingNow.has(request.caseId))
        throw new AppFailure('conflict', 'This report is already being signed; finish or cancel the save dialog first.');
      signingNow.add(request.caseId);
      try {
        return await signOnce(request);
      } finally {
        signingNow.delete(request.caseId);
      }
    },

    /** Resolves when every background PDF copy has finished (the demo and tests wait before closing the database). */
    async settled(): Promise<void> {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
