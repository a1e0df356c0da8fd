// What the records channels do, over the records module: checks that cases, batches and files exist, reads slices
// of stored PDFs for the viewer, asks the host for files to import, and turns records into report inputs
// (page totals for the verification and the fee, numbered rows for the "Records reviewed" table).
import type {
  ChronologyEdit,
  ChronologyEntry,
  ChronologyEntryInput,
  ImportBatchTarget,
  NewBatchInput,
  OcrProgress,
} from '../../common/records/records-types';
import type { RecordsTotals } from '../../common/records/report-totals';
import type { RecordsOverview } from '../../common/ipc/records.contract';
import { reportTotalsOf } from '../../common/records/report-totals';
import { marksNote } from '../../common/records/page-citation';
import { AppFailure } from '../../common/errors';
import type { RecordReviewedRow, RecordsReviewed, RecordsReviewedBatch } from '../report/docx/generator-data';
import type { BackendHost } from '../host';
import type { CaseService } from '../cases/case-service';
import type { RecordsModule } from './records-module';
import { createViewerBytes } from './viewer-bytes';

export interface RecordsServiceDeps {
  records: RecordsModule;
  host: BackendHost;
  /** Records are new since the case's last report (entered prior report date, else the last signing). */
  cases: Pick<CaseService, 'get' | 'lastReportDate'>;
}

export function createRecordsService({ records, host, cases }: RecordsServiceDeps) {
  const caseExists = (caseId: string) => void cases.get(caseId);
  const viewerBytes = createViewerBytes(records);
  const file = (fileId: string) => {
    const found = records.repo.getFile(fileId);
    if (!found) throw new AppFailure('not-found', 'That record file is no longer in the case.');
    return found;
  };

  /** `awaiting`: this case's pages waiting for OCR, from the totals the caller already read. */
  const ocrProgress = (awaiting: number): OcrProgress => {
    const status = records.ocr.status();
    const rateApplies = !status.paused && status.pagesPerMinute !== null;
    return {
      awaiting,
      pausedByUser: status.pausedByUser,
      running: status.runningPages,
      waitingForImport: status.paused && !status.pausedByUser,
      pagesPerMinute: status.pagesPerMinute,
      secondsLeft: rateApplies && status.pendingPages > 0 ? (status.pendingPages * 60) / status.pagesPerMinute! : null,
    };
  };

  return {
    overview(caseId: string): RecordsOverview {
      caseExists(caseId);
      const totals = records.totals.caseTotals(caseId);
      return {
        batches: records.repo.listBatches(caseId),
        files: records.repo.listFiles(caseId),
        totals,
        duplicates: records.totals.duplicates(caseId),
        damagedPages: records.totals.damagedPages(caseId),
        newSinceLastReport: ((since) => (since ? records.totals.newSince(caseId, since) : null))(cases.lastReportDate(caseId)),
        ocr: ocrProgress(totals.pagesAwaitingOcr),
      };
    },
    setOcrPaused(paused: boolean): { pausedByUser: boolean } {
      records.ocr.setPausedByUser(paused);
      return { pausedByUser: records.ocr.status().pausedByUser };
    },
    async chooseAndImport(caseId: string, batch: ImportBatchTarget): Promise<{ jobId: string } | null> {
      caseExists(caseId);
      if (!host.chooseOpenFiles) throw new AppFailure('invalid-input', 'Choosing files is not available here.');
      const paths = await host.chooseOpenFiles({ name: 'PDF documents', extensions: ['pdf'] });
      if (paths.length === 0) return null;
      return { jobId: records.imports.startImport(caseId, batch, paths) };
    },
    importPaths(caseId: string, batch: ImportBatchTarget, paths: string[]): { jobId: string } {
      caseExists(caseId);
      return { jobId: records.imports.startImport(caseId, batch, paths) };
    },
    importStatus: (jobId: string) => records.imports.getImportStatus(jobId),
    cancelImport: (jobId: string) => records.imports.cancelImport(jobId),
    updateBatch(batchId: string, batch: NewBatchInput) {
      const updated = records.repo.updateBatch(batchId, batch);
      if (!updated) throw new AppFailure('not-found', 'That sender batch no longer exists.');
      return updated;
    },
    async deleteBatch(batchId: string) {
      return { deleted: await records.deleteBatch(batchId) };
    },
    setDuplicateCounted(fileId: string, from: number, to: number, counted: boolean) {
      file(fileId);
      return { changed: records.repo.setCountIfDuplicate(fileId, from, to, counted) };
    },
    search(caseId: string, query: string, limit: number) {
      caseExists(caseId);
      return records.search.search(caseId, query, { limit });
    },
    readFile: (fileId: string, start: number, length: number) => viewerBytes.read(fileId, start, length),
    viewerLength: (fileId: string) => viewerBytes.length(fileId),
    openViewer: (fileId: string, pageNumber: number, chunkSize: number) => viewerBytes.open(fileId, pageNumber, chunkSize),
    viewingPage(fileId: string, pageNumber: number) {
      records.viewingPage(fileId, pageNumber);
      return { ok: true as const };
    },
    pageText(fileId: string, pageNumber: number) {
      const page = records.repo.getPage(fileId, pageNumber);
      return page ? { text: page.text, ocrPending: !page.hasTextLayer && !page.ocrDone } : null;
    },
    suggestEntry: (fileId: string, pageNumber: number) => records.suggestEntry(fileId, pageNumber),
    chronologyRows(caseId: string, offset: number, limit: number) {
      caseExists(caseId);
      return records.chronology.rows(caseId, offset, limit);
    },
    getEntry(entryId: string): ChronologyEntry {
      const entry = records.chronology.get(entryId);
      if (!entry) throw new AppFailure('not-found', 'That chronology entry no longer exists. Choose another in the list.');
      return entry;
    },
    createEntry(caseId: string, entry: ChronologyEntryInput) {
      caseExists(caseId);
      if (entry.source) file(entry.source.fileId);
      return records.chronology.create(caseId, entry);
    },
    /** Sends back the row without the summary the editor already holds, and where it was, so the list moves only it. */
    updateEntry(entryId: string, entry: ChronologyEntryInput): ChronologyEdit {
      if (entry.source) file(entry.source.fileId);
      const previousNumber = records.chronology.numberOf(entryId);
      const { summary: _summary, ...row } = records.chronology.update(entryId, entry);
      return { entry: row, previousNumber };
    },
    deleteEntry: (entryId: string) => ({ deleted: records.chronology.delete(entryId) }),

    /** Page totals for the report and the fee; null while the case has no records imported. */
    totalsFor(caseId: string): RecordsTotals | null {
      return reportTotalsOf(records.totals.caseTotals(caseId), records.chronology.count(caseId));
    },
    /**
     * The "Records reviewed" table: per sender batch (in the order received) its chronology entries, numbered in date
     * order, with summary and relied-upon mark; the batch's pages no entry cites; and the totals of the page verification.
     * Null while the case has neither records nor entries.
     */
    reviewedRows(caseId: string): RecordsReviewed | null {
      const totals = records.totals.caseTotals(caseId);
      const entries = records.chronology.list(caseId);
      if (totals.batches.length === 0 && entries.length === 0) return null;
      const files = new Map(records.repo.listFiles(caseId).map((f) => [f.id, f]));
      const row = (e: ChronologyEntry): RecordReviewedRow => {
        const file = e.source ? files.get(e.source.fileId) : undefined;
        const range =
          e.source &&
          (e.source.pageFrom === e.source.pageTo ? `p. ${e.source.pageFrom}` : `pp. ${e.source.pageFrom}–${e.source.pageTo}`) +
            marksNote(e.source.pageFrom, e.source.pageTo, e.sourceMarks?.first ?? null, e.sourceMarks?.last ?? null);
        return {
          number: e.number,
          date: e.dateOfService ?? 'Undated',
          author: [e.provider, e.facility].filter((s) => s.trim() !== '').join(', '),
          type: e.recordType,
          pages: e.source && file ? e.source.pageTo - e.source.pageFrom + 1 : null,
          reliedUpon: e.reliedUpon,
          source: file && range ? `${file.originalName}, ${range}` : '',
          summary: e.summary,
        };
      };
      const byBatch = new Map<string, ChronologyEntry[]>();
      const unsourced: RecordReviewedRow[] = [];
      for (const e of entries) {
        const file = e.source ? files.get(e.source.fileId) : undefined;
        if (!file) unsourced.push(row(e));
        else byBatch.set(file.batchId, [...(byBatch.get(file.batchId) ?? []), e]);
      }
      const batches: RecordsReviewedBatch[] = totals.batches.map((b) => {
        const cited = byBatch.get(b.batchId) ?? [];
        // Distinct pages cited, per file (ranges may overlap), against the pages the rows add up.
        const pagesPerFile = new Map<string, Set<number>>();
        let rowPages = 0;
        for (const e of cited) {
          const { fileId, pageFrom, pageTo } = e.source!;
          const seen = pagesPerFile.get(fileId) ?? new Set<number>();
          for (let p = pageFrom; p <= pageTo; p++) seen.add(p);
          pagesPerFile.set(fileId, seen);
          rowPages += pageTo - pageFrom + 1;
        }
        const distinct = [...pagesPerFile.values()].reduce((n, set) => n + set.size, 0);
        return {
          sender: b.sender,
          dateReceived: b.dateReceived,
          pagesReceived: b.countedPages,
          declaredPages: b.declaredPageCount,
          duplicatePages: b.duplicatePages,
          pagesNotItemized: Math.max(0, b.countedPages - distinct),
          pagesCitedTwice: rowPages - distinct,
          rows: cited.map(row),
        };
      });
      return {
        batches,
        unsourced,
        pagesReceived: totals.pagesReceived,
        duplicatePages: totals.duplicatePages,
        pagesReviewed: totals.pagesToVerify,
      };
    },
  };
}
export type RecordsService = ReturnType<typeof createRecordsService>;
