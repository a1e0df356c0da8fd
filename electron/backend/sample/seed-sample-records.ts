// Imports a sample case's record set (fictional sender batches, resources/sample-records/<sample>) through the real
// records import, then adds the chronology entries its manifest lists, citing the imported pages.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { paragraphsToDocument } from '../../common/document/doc-model';
import { AppFailure } from '../../common/errors';
import { ChronologyEntryInputSchema, NewBatchSchema, PageNumberSchema } from '../../common/records/records-types';
import type { RecordsModule } from '../records/records-module';

// Built on the records input schemas: the import and the chronology trust their input, so the manifest is checked
// (and trimmed) here exactly as the IPC boundary checks what the physician enters.
const ManifestSchema = z.object({
  batches: z.array(
    NewBatchSchema.extend({
      file: z.string().regex(/^[a-z0-9-]+\.pdf$/),
      records: z.array(
        ChronologyEntryInputSchema.omit({ source: true, summary: true })
          .extend({ pageFrom: PageNumberSchema, pageTo: PageNumberSchema, summary: z.string() })
          .refine((e) => e.pageFrom <= e.pageTo, { message: 'The page range must end on or after its first page.' }),
      ),
    }),
  ),
});

export async function seedSampleRecords(records: RecordsModule, caseId: string, dir: string): Promise<void> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile))
    throw new AppFailure(
      'not-found',
      'The sample record set is missing from this installation; reinstall the app to get it back.',
    );
  const manifest = ManifestSchema.parse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  for (const batch of manifest.batches) {
    const { file, records: entries, ...batchInput } = batch;
    const jobId = records.imports.startImport(caseId, batchInput, [path.join(dir, file)]);
    const status = await records.imports.waitForImport(jobId);
    const imported = records.repo.listBatchFiles(status.batchId)[0];
    if (status.state !== 'done' || !imported)
      throw new AppFailure(
        'io-error',
        `The sample records (${file}) could not be imported: ${status.fileProblems[0]?.message ?? status.failure ?? 'unknown problem'}`,
      );
    for (const e of entries) {
      records.chronology.create(caseId, {
        dateOfService: e.dateOfService,
        provider: e.provider,
        facility: e.facility,
        recordType: e.recordType,
        source: { fileId: imported.id, pageFrom: e.pageFrom, pageTo: e.pageTo },
        summary: paragraphsToDocument([e.summary]),
        reliedUpon: e.reliedUpon,
      });
    }
  }
}
