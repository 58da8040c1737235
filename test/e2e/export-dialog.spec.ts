// Exporting through the dialog: two new highlights in the sample case, Ctrl+Shift+E, the whole case in
// every format into a folder (the harness answers the system's folder chooser), progress file by file,
// then the list of files written — and the files on disk: the bundle verifies as a recipient's check
// says, the evidence table has a row per highlight, and each annotated PDF is a PDF.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { verifyBundle } from '../../main/export/bundle';
import type { ExportProgress } from '../../shared/ipc';
import { expect, test, type Casemark } from './harness';
import { annotations, openSample, select } from './steps';

/** Selects words in the open message and presses a tag's key; waits for the highlight in the case. */
async function highlight(page: Page, casemark: Casemark, words: string, key: string): Promise<void> {
  const before = (await annotations(casemark)).length;
  await select(page, words);
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  await page.keyboard.press(key);
  await expect.poll(async () => (await annotations(casemark)).length).toBe(before + 1);
}

test('exports the whole case in every format through the dialog, with progress and a verified bundle', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan Placeholder/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Due Tonight for S1 – URGENT' })).toBeVisible();
  await highlight(page, casemark, 'white paper', '2');
  await highlight(page, casemark, 'no criminal record', '3');
  const all = await annotations(casemark);

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  // "This document" names the open message; the whole case is chosen, then every format.
  await expect(dialog.getByRole('radio', { name: /^This document/ })).toBeEnabled();
  await expect(dialog.getByText('“Due Tonight for S1 – URGENT”', { exact: true })).toBeVisible();
  await dialog.getByRole('radio', { name: 'The whole case' }).check();
  const formats = dialog.getByRole('group', { name: 'Formats' }).getByRole('checkbox');
  await expect(formats).toHaveCount(8);
  for (const box of await formats.all()) await box.check();
  await page.screenshot({ path: 'test-results/screens/export-dialog.png' });
  expect((await new AxeBuilder({ page }).include('.export-dialog').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const folder = join(casemark.home, 'for-counsel');
  mkdirSync(folder);
  casemark.dialogs.folder = folder;
  // Every text the progress line shows while it runs, as the page draws it.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __progressSeen: string[] }).__progressSeen = []);
    new MutationObserver(() => {
      const line = document.querySelector('.export-progress p')?.textContent;
      if (line && seen.at(-1) !== line) seen.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('button', { name: 'Cancel export' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/export-dialog-running.png' });

  const results = dialog.getByRole('region', { name: 'Export results' });
  await expect(results.getByRole('status')).toContainText(/^\d+ items written into /, { timeout: 120_000 });
  await page.screenshot({ path: 'test-results/screens/export-dialog-done.png' });
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
  expect(seen.some((line) => /^\d+ of \d+ · Annotated PDF of “/.test(line)), seen.join('\n')).toBe(true);

  // Main reported every step, counting up to the total, then the end.
  const progress = casemark.events.filter((e) => e.event === 'exportProgress').map((e) => e.payload as ExportProgress | null);
  expect(progress.at(-1)).toBeNull();
  const steps = progress.slice(0, -1) as ExportProgress[];
  const total = steps[0]!.total;
  expect(total).toBeGreaterThan(10);
  expect(steps.map((p) => p.done)).toEqual([...Array(total + 1).keys()]);
  expect(steps.map((p) => p.label)).toEqual(expect.arrayContaining(['Evidence table (CSV)', 'Chronology (PDF)', 'Checking the bundle']));

  // The list shows each file with its size, and the bundle verified.
  const written = readdirSync(folder).sort();
  // The list is in the order things were written; the folder's listing is alphabetical. A folder ends in "/".
  const listed = await results.locator('.export-file-name').allInnerTexts();
  expect([...listed].sort()).toEqual(written.map((name) => (statSync(join(folder, name)).isDirectory() ? `${name}/` : name)).sort());
  await expect(results.locator('.export-verified')).toHaveText('✓ Verified: every file as its manifest says');
  const csvName = written.find((n) => n.endsWith('-evidence.csv'))!;
  await expect(results.locator('.export-file', { hasText: csvName }).locator('.export-file-size')).toHaveText(/^\d+(\.\d)? (B|KB)$/);

  // On disk: the bundle verifies, the evidence table has a row per highlight, each annotated PDF is a PDF.
  const bundle = join(folder, written.find((n) => n.endsWith('-bundle'))!);
  expect(verifyBundle(bundle)).toMatchObject({ ok: true, problems: [] });
  const rows = parse(readFileSync(join(folder, csvName), 'utf8').slice(1), { columns: true }) as { Quote: string }[];
  expect(rows).toHaveLength(all.length);
  expect(rows.map((r) => r.Quote)).toEqual(expect.arrayContaining(['white paper', 'no criminal record']));
  const pdfs = written.filter((n) => /^\d+-.+\.pdf$/.test(n));
  expect(pdfs.length).toBe(new Set(all.map((a) => a.documentId)).size);
  for (const name of pdfs) expect(readFileSync(join(folder, name)).subarray(0, 5).toString(), name).toBe('%PDF-');
  expect(written).toEqual(expect.arrayContaining([expect.stringMatching(/-evidence\.xlsx$/), expect.stringMatching(/-chronology\.md$/), expect.stringMatching(/-chronology\.pdf$/), expect.stringMatching(/\.qdpx$/), expect.stringMatching(/-highlights\.jsonld$/)]));

  // Done closes it and gives focus back to the reader's side of the window.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  expect(basename(folder)).toBe('for-counsel');
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('cancelling the folder chooser leaves the dialog as it was; one tag’s highlights export alone', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan Placeholder/ }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^This document/ }).check();
  const formats = dialog.getByRole('group', { name: 'Formats' });
  for (const box of await formats.getByRole('checkbox').all()) await box.uncheck();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeDisabled();
  await formats.getByRole('checkbox', { name: /^Evidence table \(CSV\)/ }).check();

  casemark.dialogs.folder = null;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeEnabled();
  await expect(dialog.getByRole('region', { name: 'Export results' })).toHaveCount(0);

  // The highlights of one tag, into a folder: only that tag's rows.
  await dialog.getByRole('radio', { name: 'The highlights of a tag' }).check();
  await dialog.getByRole('combobox', { name: 'Tag to export' }).selectOption('order');
  casemark.dialogs.folder = casemark.home;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const results = dialog.getByRole('region', { name: 'Export results' });
  await expect(results.getByRole('status')).toHaveText(`1 item written into ${casemark.home}`);
  const csv = readdirSync(casemark.home).find((n) => n.endsWith('-tag-order-evidence.csv'))!;
  const rows = parse(readFileSync(join(casemark.home, csv), 'utf8').slice(1), { columns: true }) as { Tags: string }[];
  expect(rows.length).toBe((await annotations(casemark)).filter((a) => a.tags.includes('order')).length);
  // Escape closes it once nothing runs.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
