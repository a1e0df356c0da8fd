// Deleting a case from the list: confirmed first, then undoable from the confirmation until the app closes; what was
// written comes back with it. A deletion left in place is gone for good after the app restarts.
import { describe, expect, it } from 'vitest';
import { appForThisFile, createCase, openStep, waitForSaves } from './app-steps';

describe('deleting a case', () => {
  const session = appForThisFile();

  it('asks first, can be undone with what was written, and is final after a restart', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    await createCase(page, { name: 'Kim Keepme', claimNumber: 'DEL-1' });
    await openStep(page, /Interview \(history\)/);
    await page.getByRole('textbox', { name: 'History of the injury' }).click();
    await page.keyboard.type('Words that must survive an accidental delete.');
    await waitForSaves(page);
    await page.getByRole('button', { name: 'All cases' }).click();

    const row = page.getByRole('row', { name: /Kim Keepme/ });
    const deleteIt = async () => {
      await page.getByRole('button', { name: 'More actions for Kim Keepme' }).click();
      await page.getByRole('menuitem', { name: 'Delete case…' }).click();
      const confirm = page
        .getByRole('alertdialog', { name: 'Delete this case?' })
        .or(page.getByRole('dialog', { name: 'Delete this case?' }));
      expect(await confirm.textContent()).toContain('You can undo this until you close MedLegal Writer');
      await confirm.getByRole('button', { name: 'Delete case' }).click();
      await expect.poll(() => row.count(), { timeout: 5000 }).toBe(0);
    };

    // Cancel keeps it; Delete removes it from the list; Undo brings it back with its text.
    await page.getByRole('button', { name: 'More actions for Kim Keepme' }).click();
    await page.getByRole('menuitem', { name: 'Delete case…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => row.count(), { timeout: 5000 }).toBe(1);
    await deleteIt();
    await page.getByText('Deleted the case of Kim Keepme.').first().waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText('Restored the case of Kim Keepme.').first().waitFor();
    await row.click();
    await openStep(page, /Interview \(history\)/);
    expect(await page.getByRole('textbox', { name: 'History of the injury' }).textContent()).toContain(
      'Words that must survive an accidental delete.',
    );

    // Deleted again and the app restarted: gone from the list and from the database.
    await page.getByRole('button', { name: 'All cases' }).click();
    await deleteIt();
    await app.restart();
    await page.getByRole('region', { name: 'No cases yet' }).waitFor();
    expect((app.backend().db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n).toBe(0);
    expect((app.backend().db.prepare('SELECT COUNT(*) AS n FROM section_documents').get() as { n: number }).n).toBe(0);
  });
});
