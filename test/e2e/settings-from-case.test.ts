// The physician profile is reachable from inside a case: the compliance item for the missing signature opens Settings,
// "Back to the case" returns to it on the step the physician left, and the Settings button at the foot of the step rail
// does the same.
import { describe, expect, it } from 'vitest';
import { appForThisFile, createCase, openStep } from './app-steps';

describe('settings from a case', () => {
  const session = appForThisFile();

  it('opens from the missing signature and from the step rail, and returns to the case', { timeout: 120_000 }, async () => {
    const { page } = session();
    await createCase(page, { name: 'Pat R. Profile', claimNumber: 'PROF-1' });
    await openStep(page, /^Review and sign/);

    // A new install has no physician profile: the signature item says so and links to Settings.
    const compliance = page.getByRole('region', { name: 'Compliance check' });
    const item = compliance.getByRole('button', { name: 'Signature of the physician' });
    await item.waitFor();
    await expect.poll(() => item.locator('xpath=..').textContent()).toContain('physician profile');
    await item.click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Back to the case' }).click();
    await page.getByRole('navigation', { name: 'Case steps' }).getByText('Pat R. Profile').waitFor();
    // Back where the physician was: the review, with the item that sent them to Settings.
    await expect.poll(() => page.getByRole('tab', { name: /^Review and sign/ }).getAttribute('aria-selected')).toBe('true');
    await compliance.getByRole('button', { name: 'Signature of the physician' }).waitFor();

    await openStep(page, /^Interview/);
    await page.getByRole('navigation', { name: 'Case steps' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Back to the case' }).click();
    await page.getByRole('navigation', { name: 'Case steps' }).getByText('Pat R. Profile').waitFor();
    expect(await page.getByRole('heading', { name: 'Settings', level: 1 }).count()).toBe(0);
    await expect.poll(() => page.getByRole('tab', { name: /^Interview/ }).getAttribute('aria-selected')).toBe('true');
  });
});
