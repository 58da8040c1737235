// Importing through the dialog: choose two corpus emails (the harness answers the system chooser),
// follow the progress, read each file's outcome, and find the new messages in the library.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { APP_URL, expect, test } from './harness';

const CORPUS = process.env.CASEMARK_CORPUS;
const EMAILS = CORPUS
  ? [join(CORPUS, 'email-eml', 'dcbega_Missing_COST_Orders.eml'), join(CORPUS, 'email-eml', 'dcbega_OMA_Amendments.eml')]
  : [];

test.skip(!CORPUS || !EMAILS.every((f) => existsSync(f)), 'CASEMARK_CORPUS is not set (point it at ../shared/corpus); corpus import spec skipped');

test('imports two corpus emails through the dialog, with progress and outcomes', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Open sample case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sample case');
  const libraryCount = page.locator('#library-title .pane-count');
  // The library has loaded the sample case's items before its count is read.
  await expect(libraryCount).toHaveText(/^[1-9]\d*$/);
  const before = Number(await libraryCount.textContent());

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await expect(dialog).toBeVisible();
  casemark.dialogs.files = [...EMAILS, join(casemark.home, 'not-there.eml')];
  await dialog.getByRole('button', { name: 'Choose files…' }).click();

  const outcomes = dialog.getByRole('region', { name: 'Import outcomes' });
  await expect(outcomes.getByRole('status')).toHaveText('2 imported · 0 already in the case · 1 failed');
  await expect(outcomes.locator('.import-imported .import-file')).toHaveText(['dcbega_Missing_COST_Orders.eml', 'dcbega_OMA_Amendments.eml']);
  await expect(outcomes.locator('.import-failed .import-reason')).toHaveText('no such file or folder');
  expect((await new AxeBuilder({ page }).include('.import-dialog').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/import-dialog.png' });

  // Importing the same files again: each is a duplicate, and the progress showed while it ran.
  casemark.dialogs.files = EMAILS;
  await dialog.getByRole('button', { name: 'Import more files…' }).click();
  await expect(outcomes.getByRole('status')).toHaveText('0 imported · 2 already in the case · 0 failed');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  await expect(libraryCount).toHaveText(String(before + 2));
  await page.getByLabel('Filter the library').fill('Missing COST');
  await expect(page.locator('.library-row', { hasText: 'Missing COST Orders' })).toBeVisible();
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
