// The workbench around the reader: recent cases, events main pushes (case changed, menu commands,
// import progress), files dropped on the window, and a message's attachments.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { CaseInfo } from '../../shared/ipc';
import { SAMPLE_DIR } from '../../main/sample-case';
import { APP_URL, expect, test, type Casemark } from './harness';
import { openSample } from './steps';

const EMAILS = ['03-sanantonio-fod-failed-tasking.eml', '04-austin-sddo-what-is-needed.eml'].map((f) => join(SAMPLE_DIR, f));

/** Drops files on the window as the OS would: a drag carrying File objects, whose paths the bridge knows. */
async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({ name: path.split('/').pop()!, path, bytes: [...readFileSync(path)] }));
  await page.evaluate((list) => {
    const w = window as unknown as { __casemarkDropped?: Record<string, string> };
    w.__casemarkDropped = Object.fromEntries(list.map((f) => [f.name, f.path]));
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'message/rfc822' }));
    const target = document.querySelector('.reader') ?? document.body;
    for (const type of ['dragenter', 'dragover']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

async function newCase(casemark: Casemark, name: string, title: string): Promise<CaseInfo> {
  const info = await casemark.app.service.newCase({ path: join(casemark.home, `${name}.casemark`), title });
  return info!;
}

test('lists recent cases on the welcome screen and follows cases opened and closed by main', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await newCase(casemark, 'alpha', 'Alpha release');
  await newCase(casemark, 'beta', 'Beta release');
  await casemark.app.service.closeCase({});
  await page.goto(APP_URL);

  const recent = page.getByRole('region', { name: 'Recent cases' });
  await expect(recent.locator('.recent-case-title')).toHaveText(['Beta release', 'Alpha release']);
  await recent.getByRole('button', { name: /Alpha release/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alpha release');

  // File › Open Sample Case, then File › Close Case: main changes the case, the window follows.
  await casemark.app.service.openSample({});
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sample case');
  await casemark.app.service.closeCase({});
  await expect(page.getByRole('heading', { level: 1, name: 'Casemark' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recent cases' }).locator('.recent-case-title')).toHaveText(['Alpha release', 'Beta release']);
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('menu commands reach the window: Find focuses the filter, Import opens the chooser', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await page.goto(APP_URL);
  await newCase(casemark, 'menu', 'Menu case');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Menu case');
  await expect(page.getByText('This case has no documents yet.')).toBeVisible();

  casemark.emit('command', { command: 'find' });
  await expect(page.getByLabel('Filter the library')).toBeFocused();

  casemark.dialogs.files = EMAILS;
  casemark.emit('command', { command: 'import' });
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByRole('region', { name: 'Import outcomes' }).getByRole('status')).toHaveText('2 imported · 0 already in the case · 0 failed');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row', { name: /What is needed|failed at this tasking|Due Tonight/ }).first()).toBeVisible();
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('files dropped on the window are imported, with the progress main pushes', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await page.goto(APP_URL);
  await newCase(casemark, 'drop', 'Dropped files');
  await expect(page.getByText('This case has no documents yet.')).toBeVisible();
  // Record whether the progress bar ever showed a fraction of the work done.
  await page.evaluate(() => {
    const w = window as unknown as { __progressSeen: number[] };
    w.__progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
      if (bar) w.__progressSeen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });

  await dropFiles(page, [...EMAILS, join(SAMPLE_DIR, 'README.md')]);
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByRole('region', { name: 'Import outcomes' }).getByRole('status')).toHaveText(/^3 imported · 0 already in the case · 0 failed$/);
  const pushed = casemark.events.filter((e) => e.event === 'importProgress').map((e) => e.payload as { filesDone: number; total: number } | null);
  expect(pushed.at(-1)).toBeNull();
  expect(pushed).toContainEqual(expect.objectContaining({ filesDone: 3, total: 3 }));
  expect(await page.evaluate(() => (window as unknown as { __progressSeen: number[] }).__progressSeen.length)).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('#library-title .pane-count')).toHaveText('3');
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("lists a message's attachments, opens one in the reader and saves a copy of its original", async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByLabel('Filter the library').fill('case summary');
  await page.getByRole('row', { name: /RE: Due Tonight/ }).first().click();
  const attachments = page.getByRole('region', { name: '1 attachment' });
  await expect(attachments.locator('.attachment-name')).toHaveText('case-summary.txt');

  casemark.dialogs.save = join(casemark.home, 'saved-summary.txt');
  await attachments.getByRole('button', { name: 'Save a copy of case-summary.txt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved a copy' })).toContainText('saved-summary.txt');
  const documents = (await casemark.app.service.listDocuments({})) as { id: number; sha256: string; fileName: string | null }[];
  const original = documents.find((d) => d.fileName === 'case-summary.txt')!;
  expect(createHash('sha256').update(readFileSync(casemark.dialogs.save)).digest('hex')).toBe(original.sha256);

  await attachments.getByRole('button', { name: 'Open case-summary.txt' }).click();
  await expect(page.locator('.reader-text')).toContainText('CASE SUMMARY');
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
