// Writes the LibreOffice clipboard-HTML fixture of the paste tests (test/fixtures/paste/libreoffice-writer.html): a
// fictional history written as Markdown, made into a .docx by pandoc, then saved as HTML by LibreOffice Writer, the way
// Writer serves HTML to the clipboard. Run `npx tsx scripts/make-paste-fixtures.ts` after changing it; the output is committed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const OUT = path.resolve(import.meta.dirname, '../test/fixtures/paste/libreoffice-writer.html');

// Heading levels, bold/italic/underline, a bulleted list with a nested level, a numbered list, a table.
const MARKDOWN = `# History of Present Illness

The applicant, a **fictional** warehouse worker, reports *intermittent* neck pain with [radiating symptoms]{.underline} into the right arm.

## Current Complaints

- Neck pain, worse with lifting
    - Radiates to the right shoulder
    - Numbness in the thumb and index finger
- Low back pain

1. Cervical MRI reviewed
2. Electrodiagnostic study ordered
3. Follow-up in six weeks

| Date       | Provider        | Finding            |
|------------|-----------------|--------------------|
| 2024-03-02 | Dr. Example     | Cervical strain    |
| 2024-04-15 | Dr. Placeholder | C6 radiculopathy   |

Final paragraph after the table.
`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'paste-fixture-'));
try {
  fs.writeFileSync(path.join(work, 'history.md'), MARKDOWN);
  execFileSync('pandoc', ['history.md', '-o', 'history.docx'], { cwd: work });
  // A profile of its own: two soffice processes sharing one profile fail.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${work}/lo-profile`, '--headless', '--convert-to', 'html', '--outdir', work, 'history.docx'],
    { cwd: work, stdio: 'ignore' },
  );
  // Writer stamps the conversion time; a fixed stamp keeps the committed file stable between runs.
  const html = fs
    .readFileSync(path.join(work, 'history.html'), 'utf8')
    .replace(/<meta name="(created|changed)" content="[^"]*"\/>/g, '<meta name="$1" content="2026-01-01T00:00:00"/>');
  fs.writeFileSync(OUT, html);
  console.log(`Wrote ${path.relative(process.cwd(), OUT)}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
