// The steps npm run smoke:electron takes in the window (scripts/smoke-electron.flow.ts), run here against the real UI in
// Chromium and the real backend (the E2E harness), so a renamed button or label fails npm test instead of the next release.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { driveSmokeFlow } from '../../../scripts/smoke-electron.flow';
import { SCANNED_MARKER_WORD, scannedPagePdf } from '../../../scripts/smoke-electron.scanned-page';
import { closeBrowser, launchApp } from '../../e2e/harness';

describe('the Electron smoke run’s steps', () => {
  afterAll(() => closeBrowser());

  it('open the sample case, OCR the scanned page until search finds it, and export a .docx', { timeout: 240_000 }, async () => {
    const app = await launchApp();
    try {
      const scanned = path.join(app.dataDir, 'Scanned radiology report.pdf');
      fs.writeFileSync(scanned, await scannedPagePdf());
      app.nextOpenFiles = [scanned]; // what the native file dialog answers in the smoke run
      const steps: string[] = [];
      const exported = await driveSmokeFlow(
        app.page,
        async (name, run) => {
          await run();
          steps.push(name);
        },
        { marker: SCANNED_MARKER_WORD },
      );
      expect(steps).toEqual(['open the sample case', 'import a scanned page and OCR it', 'export the report to Word']);
      expect(path.dirname(exported)).toBe(app.exportDir);
      // The search found the word in the scanned page's OCR text (the page is an image with no text layer).
      const call = async <T>(channel: string, input: unknown): Promise<T> => {
        const reply = (await app.backend().registry.invoke(channel, input)) as { ok: boolean; data: T };
        expect(reply.ok).toBe(true);
        return reply.data;
      };
      const [sampleCase] = await call<{ id: string }[]>('cases:list', {});
      const { files } = await call<{ files: { id: string; originalName: string }[] }>('records:overview', {
        caseId: sampleCase!.id,
      });
      const scannedFile = files.find((f) => f.originalName === path.basename(scanned));
      const text = await call<{ text: string; ocrPending: boolean }>('records:pageText', {
        fileId: scannedFile!.id,
        pageNumber: 1,
      });
      expect(text.ocrPending).toBe(false);
      expect(text.text).toContain(SCANNED_MARKER_WORD);
    } finally {
      await app.close();
    }
  });
});
