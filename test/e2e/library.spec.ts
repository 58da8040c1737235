// The library pane on the sample case: sorting by a column (mouse and keyboard, remembered), filtering by sender,
// dates and tag (live as highlights change), and grouping by thread with threads that close and open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { annotations, openSample, select } from './steps';

const HARLAN = 'Harlan Placeholder (ERO HQ)';
const ORLA = 'Orla Examplewood (San Antonio DFOD)';
const BRAM = 'Bram Fictus (San Antonio FOD)';
const DALE = 'Dale Sampleton (Austin SDDO)';
const PRIYA = 'Priya Mockridge (San Antonio SDDO)';
const QUINCY = 'Quincy Notreal (Austin AFOD)';

function library(page: Page) {
  const grid = page.getByRole('treegrid', { name: 'Messages and documents' });
  // Item and thread rows hold cells; the column header row holds column headers.
  const rows = grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
  return {
    grid,
    rows,
    /** The From cell of every listed row, in order (empty for a document). */
    senders: rows.locator('[role="gridcell"][aria-colindex="2"]'),
    header: (name: string) => grid.getByRole('columnheader', { name }),
    summary: page.locator('.library-summary'),
  };
}

async function openFilters(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Filters/ });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

test('sorts by a column on click, Enter or Space, reverses, and remembers the order', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  expect(casemark.home).toBeTruthy();
  await openSample(page);
  const { senders, header } = library(page);
  await expect(senders).toHaveText([HARLAN, ORLA, BRAM, DALE, PRIYA, QUINCY, '']);
  await expect(header('Date')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('From')).not.toHaveAttribute('aria-sort');

  await header('From').getByRole('button').click();
  await expect(header('From')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Date')).not.toHaveAttribute('aria-sort');
  // The document has no sender: last, whichever way the column runs.
  await expect(senders).toHaveText([BRAM, DALE, HARLAN, ORLA, PRIYA, QUINCY, '']);

  await header('From').getByRole('button').press('Enter');
  await expect(header('From')).toHaveAttribute('aria-sort', 'descending');
  await expect(senders).toHaveText([QUINCY, PRIYA, ORLA, HARLAN, DALE, BRAM, '']);

  // By highlight count, most first: the sample's two-highlight emails lead.
  await header('Highlights').getByRole('button').press('Space');
  await expect(header('Highlights')).toHaveAttribute('aria-sort', 'ascending');
  await header('Highlights').getByRole('button').click();
  await expect(header('Highlights')).toHaveAttribute('aria-sort', 'descending');
  await expect(senders).toHaveText([HARLAN, QUINCY, ORLA, BRAM, DALE, PRIYA, '']);

  // The order is the case's own reading preference: it survives a reload.
  await header('From').getByRole('button').click();
  await header('From').getByRole('button').click();
  await page.reload();
  await expect(header('From')).toHaveAttribute('aria-sort', 'descending');
  await expect(senders).toHaveText([QUINCY, PRIYA, ORLA, HARLAN, DALE, BRAM, '']);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('filters by sender and by dates, says how many are shown, and clears', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  expect(casemark.home).toBeTruthy();
  await openSample(page);
  const { rows, senders, summary } = library(page);
  const count = page.locator('#library-title .pane-count');
  await expect(count).toHaveText('7');
  await openFilters(page);

  await page.getByRole('combobox', { name: 'Sender' }).selectOption({ label: BRAM });
  await expect(senders).toHaveText([BRAM]);
  await expect(summary).toContainText('1 of 7 shown');
  await expect(count).toHaveText('1 of 7');
  await expect(page.getByRole('button', { name: /^Filters, 1 active$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(7);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Filter the library' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Sender' })).toHaveValue('');

  // The sample runs from 10 to 12 February 2017; days are the sender's own, both ends included.
  await page.getByLabel('Earliest date').fill('2017-02-11');
  await page.getByLabel('Latest date').fill('2017-02-11');
  await expect(senders).toHaveText([BRAM, DALE, PRIYA]);
  await expect(summary).toContainText('3 of 7 shown');
  await page.getByLabel('Latest date').fill('');
  await expect(senders).toHaveText([BRAM, DALE, PRIYA, QUINCY]);
  await page.getByLabel('Earliest date').fill('');
  await page.getByLabel('Latest date').fill('2017-02-10');
  await expect(senders).toHaveText([HARLAN, ORLA]);

  // Filters combine; when nothing is left, the pane says so.
  await page.getByRole('combobox', { name: 'Sender' }).selectOption({ label: QUINCY });
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('Nothing matches the filters.')).toBeVisible();
  await expect(summary).toContainText('0 of 7 shown');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(7);
  await expect(page.getByLabel('Latest date')).toHaveValue('');

  const axe = await new AxeBuilder({ page }).include('.library').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('filters by tag, and a new highlight brings its message into the filtered list', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  const { senders, rows } = library(page);
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan Placeholder/ }).click();
  await expect(page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan Placeholder.*, 2 highlights$/ })).toBeVisible();
  await openFilters(page);

  const tag = page.getByRole('combobox', { name: 'Tag' });
  await tag.selectOption('response');
  await expect(senders).toHaveText([DALE, PRIYA]);
  await tag.selectOption('failure report');
  await expect(senders).toHaveText([BRAM, QUINCY]);
  await tag.selectOption('order');
  await expect(senders).toHaveText([HARLAN, ORLA, QUINCY]);

  // The open message stays in the reader while the filter hides its row; tagging a passage in it lists it.
  await tag.selectOption('response');
  await expect(rows).toHaveCount(2);
  const before = (await annotations(casemark)).length;
  await select(page, 'no criminal record');
  await page.getByRole('toolbar', { name: 'Highlight the selection as' }).getByRole('button', { name: /response/ }).click();
  await expect.poll(async () => (await annotations(casemark)).length).toBe(before + 1);
  await expect(senders).toHaveText([HARLAN, DALE, PRIYA]);
  await expect(page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan Placeholder.*, 3 highlights$/ })).toBeVisible();

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('groups messages by thread; a thread closes and opens by click and by arrow keys', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  expect(casemark.home).toBeTruthy();
  await openSample(page);
  const { grid, rows, senders, header } = library(page);
  const toggle = page.getByRole('checkbox', { name: 'Group by thread' });
  await toggle.check();

  const thread = grid.getByRole('row', { name: /^Due Tonight for S1 – URGENT, thread of 6 messages, 10–12 Feb 2017, 8 highlights$/ });
  await expect(thread).toHaveAttribute('aria-expanded', 'true');
  await expect(thread).toContainText('6 messages · 10–12 Feb 2017');
  await expect(rows).toHaveCount(8);
  await expect(grid.getByRole('row', { name: /, from / })).toHaveCount(6);
  for (const row of await grid.getByRole('row', { name: /, from / }).all()) await expect(row).toHaveAttribute('aria-level', '2');
  // The document without messages comes after the threads.
  await expect(rows.last()).toHaveAccessibleName(/^CASE SUMMARY - SAN ANTONIO AOR/);
  await expect(rows.last()).toHaveAttribute('aria-level', '1');

  // Sorting still applies inside the thread.
  await header('From').getByRole('button').click();
  await expect(senders).toHaveText([BRAM, DALE, HARLAN, ORLA, PRIYA, QUINCY, '']);
  await expect(rows.first()).toHaveAccessibleName(/thread of 6 messages/);

  await thread.click();
  await expect(thread).toHaveAttribute('aria-expanded', 'false');
  await expect(rows).toHaveCount(2);

  // By keyboard: Right opens the thread, then goes to its first message; Left goes back up, then closes it.
  await grid.focus();
  await page.keyboard.press('Home');
  await expect(grid.getByRole('row', { selected: true })).toHaveAccessibleName(/thread of 6 messages/);
  await page.keyboard.press('ArrowRight');
  await expect(thread).toHaveAttribute('aria-expanded', 'true');
  await expect(rows).toHaveCount(8);
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('row', { selected: true })).toHaveAccessibleName(/from Bram Fictus/);
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row', { selected: true })).toHaveAccessibleName(/from Dale Sampleton/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader-fields')).toContainText('Dale Sampleton (Austin SDDO)');
  await page.keyboard.press('ArrowLeft');
  await expect(grid.getByRole('row', { selected: true })).toHaveAccessibleName(/thread of 6 messages/);
  await page.keyboard.press('ArrowLeft');
  await expect(thread).toHaveAttribute('aria-expanded', 'false');
  await expect(rows).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText('CASE SUMMARY - SAN ANTONIO AOR');

  // Grouping is remembered for the case.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Group by thread' })).toBeChecked();
  await expect(thread).toBeVisible();
  await page.getByRole('checkbox', { name: 'Group by thread' }).uncheck();
  await expect(thread).toHaveCount(0);
  await expect(rows).toHaveCount(7);

  const axe = await new AxeBuilder({ page }).include('.library').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

// For review next to `npm run screens`: the library grouped by thread with the filter panel open, light and dark.
for (const scheme of ['light', 'dark'] as const) {
  test(`library screens: grouped and filtered (${scheme})`, async ({ page, casemark, blockedRequests, consoleErrors }) => {
    expect(casemark.home).toBeTruthy();
    const screens = join(process.cwd(), 'test-results', 'screens');
    mkdirSync(screens, { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });
    await openSample(page);
    const { rows } = library(page);
    await page.getByRole('checkbox', { name: 'Group by thread' }).check();
    await page.getByRole('row', { name: /^RE: Due Tonight.*Quincy Notreal/ }).click();
    await openFilters(page);
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('order');
    await page.getByLabel('Earliest date').fill('2017-02-10');
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole('row', { name: /thread of 3 messages/ })).toBeVisible();
    await page.screenshot({ path: join(screens, `library-grouped-${scheme}.png`) });

    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
  });
}
