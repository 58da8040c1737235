// Encrypted cases in the window: "Encrypt this case" when creating one from the welcome screen, then
// reopening it from the recent cases: the passphrase prompt, a wrong passphrase said in the prompt, the right one opening it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_URL, expect, test } from './harness';
import { openSample } from './steps';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const TITLE = 'Protected release 2017-ICLI-00026';
const PASSPHRASE = 'correct horse battery staple';

test('creates an encrypted case from the welcome screen and reopens it only with its passphrase', async ({ page, casemark, blockedRequests, consoleErrors }, testInfo) => {
  const path = join(casemark.home, 'protected.casemark');
  await page.goto(APP_URL);

  // New case…: the title, "Encrypt this case", and the passphrase typed twice.
  await page.getByRole('button', { name: 'New case…', exact: true }).click();
  const create = page.getByRole('dialog', { name: 'New case' });
  await expect(create).toBeVisible();
  await expect(create.getByLabel('Title')).toBeFocused();
  await create.getByLabel('Title').fill(TITLE);
  await expect(create.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
  await create.getByRole('checkbox', { name: 'Encrypt this case' }).check();
  await create.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await create.getByLabel('Type it again').fill('correct horse battery stapel');
  await page.screenshot({ path: testInfo.outputPath('new-encrypted-case.png') });
  expect(await seriousViolations(page), 'new case dialog').toEqual([]);
  // Mismatched: refused in the dialog, before main is asked anything.
  casemark.dialogs.create = path;
  await create.getByRole('button', { name: 'Choose where to save…' }).click();
  await expect(create.getByRole('alert')).toHaveText('The two passphrases are not the same; type them again.');
  await expect(create.getByLabel('Type it again')).toBeFocused();
  await create.getByLabel('Type it again').fill(PASSPHRASE);
  await create.getByRole('button', { name: 'Choose where to save…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(create).toHaveCount(0);

  // On disk: no SQLite header and not a word of the case in the clear; the recent list keeps only the file name.
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  expect(bytes.includes(Buffer.from('Protected release'))).toBe(false);
  expect(readFileSync(join(casemark.home, 'recent.json'), 'utf8')).not.toContain('Protected release');

  await page.getByRole('button', { name: 'Close case' }).click();
  const recent = page.getByRole('region', { name: 'Recent cases' });
  await expect(recent.locator('.recent-case-title')).toHaveText(['protected.casemark']);

  // Reopened from the recent cases: main asks for the passphrase, the window prompts.
  await recent.getByRole('button', { name: /protected\.casemark/ }).click();
  const prompt = page.getByRole('dialog', { name: 'Encrypted case' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('protected.casemark is an encrypted case');
  const field = prompt.getByLabel('Passphrase');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('type', 'password');

  // A wrong passphrase: said in the prompt, the field emptied for another try, the file unchanged.
  const before = readFileSync(path);
  await field.fill('Tr0ub4dor&3');
  await field.press('Enter');
  await expect(prompt.getByRole('alert')).toHaveText('Wrong passphrase: it does not unlock this case. Nothing was changed; try again.');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(readFileSync(path).equals(before)).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Casemark' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('wrong-passphrase.png') });
  expect(await seriousViolations(page), 'passphrase prompt').toEqual([]);

  // Escape gives up; choosing the case again asks again, and the right passphrase opens it.
  await page.keyboard.press('Escape');
  await expect(prompt).toHaveCount(0);
  await recent.getByRole('button', { name: /protected\.casemark/ }).click();
  await expect(prompt).toBeVisible();
  await prompt.getByLabel('Passphrase').fill(PASSPHRASE);
  await prompt.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(prompt).toHaveCount(0);

  // The passphrase was never written anywhere main keeps things.
  expect(readFileSync(join(casemark.home, 'recent.json'), 'utf8')).not.toContain(PASSPHRASE);
  expect(JSON.stringify(casemark.events)).not.toContain(PASSPHRASE);
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('Open case… on an encrypted file prompts for the passphrase of the file main chose (dark scheme)', async ({ page, casemark, blockedRequests, consoleErrors }, testInfo) => {
  const path = join(casemark.home, 'chosen.casemark');
  await casemark.app.service.newCase({ path, title: 'Chosen in the system dialog', passphrase: PASSPHRASE });
  await casemark.app.service.closeCase({});
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(APP_URL);

  casemark.dialogs.open = path;
  await page.getByRole('button', { name: 'Open case…', exact: true }).click();
  const prompt = page.getByRole('dialog', { name: 'Encrypted case' });
  await expect(prompt).toContainText('chosen.casemark is an encrypted case');
  // The window does not know the path the system dialog gave: main unlocks the case that asked.
  casemark.dialogs.open = null;
  await page.screenshot({ path: testInfo.outputPath('passphrase-prompt-dark.png') });
  expect(await seriousViolations(page), 'passphrase prompt, dark').toEqual([]);
  await prompt.getByLabel('Passphrase').fill(PASSPHRASE);
  await prompt.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chosen in the system dialog');
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('New case… without encryption: a cancelled chooser returns to the dialog, Escape leaves it, then a plain case is made', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const path = join(casemark.home, 'plain.casemark');
  await page.goto(APP_URL);
  const newCase = page.getByRole('button', { name: 'New case…', exact: true });
  const create = page.getByRole('dialog', { name: 'New case' });

  await newCase.click();
  await page.keyboard.press('Escape');
  await expect(create).toHaveCount(0);
  await expect(newCase).toBeVisible();

  await newCase.click();
  await create.getByLabel('Title').fill('Open records');
  casemark.dialogs.create = null;
  await create.getByRole('button', { name: 'Choose where to save…' }).click();
  await expect(create.getByLabel('Title')).toHaveValue('Open records');
  await expect(create.getByRole('button', { name: 'Choose where to save…' })).toBeFocused();
  casemark.dialogs.create = path;
  await create.getByLabel('Title').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open records');
  expect(readFileSync(path).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('File › Open Recent on an encrypted case while another is open: the window asks for the passphrase main needs', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const path = join(casemark.home, 'recent.casemark');
  await casemark.app.service.newCase({ path, title: 'Opened from the menu', passphrase: PASSPHRASE });
  await casemark.app.service.closeCase({});
  await openSample(page);

  // What File › Open Recent (and a file from the OS) runs in main.
  expect(await casemark.app.openFromMain(path)).toBeNull();
  const prompt = page.getByRole('dialog', { name: 'Encrypted case' });
  await expect(prompt).toContainText('recent.casemark is an encrypted case');
  await expect(prompt.getByLabel('Passphrase')).toBeFocused();
  await prompt.getByLabel('Passphrase').fill('not it');
  await prompt.getByLabel('Passphrase').press('Enter');
  await expect(prompt.getByRole('alert')).toHaveText(/^Wrong passphrase/);
  // The sample case stays open behind the prompt until the right passphrase is typed.
  expect((await casemark.app.service.caseInfo({}))?.title).toContain('Sample case');
  await prompt.getByLabel('Passphrase').fill(PASSPHRASE);
  await prompt.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opened from the menu');
  await expect(prompt).toHaveCount(0);

  // Cancel leaves the open case as it was.
  await casemark.app.service.closeCase({});
  await expect(page.getByRole('button', { name: 'Open sample case' })).toBeVisible();
  expect(await casemark.app.openFromMain(path)).toBeNull();
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toHaveCount(0);
  expect(await casemark.app.service.caseInfo({})).toBeNull();
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
