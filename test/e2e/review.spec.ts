// Review progress on the sample case: mark messages reviewed (by button and by Alt+R) and one flagged, read the
// progress in the library and in main, filter on it, undo the last mark, reload; then "Reviewed, next" (Alt+N)
// through what is left, in the library's order.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { ReviewProgress } from '../../shared/model';
import { expect, test, type Casemark } from './harness';
import { openSample } from './steps';

// Two long walks through the case, each ending with an accessibility scan, on a shared two-core machine.
test.setTimeout(120_000);

const ORLA = 'Orla Examplewood (San Antonio DFOD)';
const DALE = 'Dale Sampleton (Austin SDDO)';
const PRIYA = 'Priya Mockridge (San Antonio SDDO)';
const QUINCY = 'Quincy Notreal (Austin AFOD)';
const SUMMARY = /^CASE SUMMARY - SAN ANTONIO AOR/;

/** What main says of the review, through the service the window uses. */
async function progressInMain(casemark: Casemark): Promise<ReviewProgress> {
  const result = await dispatch(casemark.app.service, 'reviewProgress', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ReviewProgress;
}

function ui(page: Page) {
  const grid = page.getByRole('treegrid', { name: 'Messages and documents' });
  const bar = page.getByRole('group', { name: /^Review of this (message|document)$/ });
  return {
    grid,
    rows: grid.getByRole('row').filter({ has: page.getByRole('gridcell') }),
    senders: grid.getByRole('row').filter({ has: page.getByRole('gridcell') }).locator('[role="gridcell"][aria-colindex="2"]'),
    /** A message's row, by its sender (each sent one message). */
    message: (sender: string) => grid.getByRole('row', { name: new RegExp(`, from ${sender.replace(/[()]/g, '\\$&')}`) }),
    summaryDocument: grid.getByRole('row', { name: SUMMARY }),
    bar,
    reviewed: bar.getByRole('button', { name: 'Mark reviewed' }),
    flag: bar.getByRole('button', { name: 'Flag' }),
    next: bar.getByRole('button', { name: 'Reviewed, next' }),
    progress: page.locator('.review-progress'),
    meter: page.getByRole('progressbar', { name: 'Review progress' }),
    from: page.locator('.reader-fields'),
  };
}

test('mark messages reviewed and see progress; filter on it, undo the last mark, reload', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  const { grid, rows, senders, message, summaryDocument, bar, reviewed, flag, progress, meter, from } = ui(page);
  await expect(progress).toHaveText('0 of 6 messages reviewed · 0 of 1 document');
  await expect(meter).toHaveAttribute('aria-valuenow', '0');
  await expect(meter).toHaveAttribute('aria-valuemax', '7');

  // The order, by button.
  await message('Harlan Placeholder').click();
  await expect(from).toContainText('Harlan Placeholder (ERO HQ)');
  await expect(bar).toHaveAccessibleName('Review of this message');
  await expect(reviewed).toHaveAttribute('aria-pressed', 'false');
  await expect(bar).toContainText('Not reviewed yet');
  await reviewed.click();
  await expect(reviewed).toHaveAttribute('aria-pressed', 'true');
  await expect(bar).toContainText(/Reviewed ✓ by \S.* on \S/);
  await expect(message('Harlan Placeholder')).toHaveAccessibleName(/, 10 Feb 2017 16:12, reviewed(, \d+ highlights)?$/);
  await expect(progress).toContainText('1 of 6 messages reviewed');

  // The forward, flagged by button.
  await message(ORLA).click();
  await expect(from).toContainText(ORLA);
  await expect(flag).toHaveAttribute('aria-pressed', 'false');
  await flag.click();
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
  await expect(reviewed).toHaveAttribute('aria-pressed', 'false');
  await expect(message(ORLA)).toHaveAccessibleName(/, flagged(, \d+ highlights?)?$/);
  await expect(progress.getByRole('button', { name: '1 flagged' })).toBeVisible();

  // The attachment the library lists on its own: a document, reviewed by button.
  await summaryDocument.click();
  await expect(bar).toHaveAccessibleName('Review of this document');
  await reviewed.click();
  await expect(reviewed).toHaveAttribute('aria-pressed', 'true');
  await expect(progress).toContainText('1 of 1 document');

  // The failure report, by its key, from the library's keyboard focus.
  await message('Bram Fictus').click();
  await expect(from).toContainText('Bram Fictus (San Antonio FOD)');
  await expect(reviewed).toHaveAttribute('aria-pressed', 'false');
  await expect(reviewed).toHaveAttribute('aria-keyshortcuts', 'Alt+R');
  await expect(grid).toBeFocused();
  await page.keyboard.press('Alt+r');
  await expect(reviewed).toHaveAttribute('aria-pressed', 'true');
  await expect(message('Bram Fictus')).toHaveAccessibleName(/, reviewed/);

  await expect(progress).toContainText('2 of 6 messages reviewed');
  await expect(progress).toContainText('1 flagged');
  await expect(meter).toHaveAttribute('aria-valuenow', '3');
  expect(await progressInMain(casemark)).toEqual({
    messagesReviewed: 2,
    messages: 6,
    documentsReviewed: 1,
    documents: 1,
    flagged: 1,
    flaggedMessages: 1,
    flaggedDocuments: 0,
  });
  await page.screenshot({ path: 'test-results/review-progress.png' });

  // The review filter: what is not reviewed yet, then what is flagged.
  await page.getByRole('button', { name: /^Filters/ }).click();
  const review = page.getByRole('combobox', { name: 'Review' });
  await review.selectOption({ label: 'Not reviewed' });
  await expect(senders).toHaveText([ORLA, DALE, PRIYA, QUINCY]);
  await expect(rows).toHaveCount(4);
  await expect(page.locator('.library-summary')).toContainText('4 of 7 shown');
  await expect(page.getByRole('button', { name: 'Filters, 1 active' })).toBeVisible();
  await review.selectOption({ label: 'Flagged' });
  await expect(senders).toHaveText([ORLA]);
  await review.selectOption({ label: 'Reviewed' });
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(7);

  // Undo takes back the last mark (the failure report's), in the window and in main.
  await message('Bram Fictus').click();
  await page.keyboard.press('Control+z');
  await expect(reviewed).toHaveAttribute('aria-pressed', 'false');
  await expect(progress).toContainText('1 of 6 messages reviewed');
  await expect(message('Bram Fictus')).not.toHaveAccessibleName(/, reviewed/);
  await expect.poll(async () => (await progressInMain(casemark)).messagesReviewed).toBe(1);
  expect(await progressInMain(casemark)).toMatchObject({ documentsReviewed: 1, flagged: 1 });

  // The marks are the case file's: they survive a reload.
  await page.reload();
  await expect(progress.locator('.review-progress-text')).toHaveText('1 of 6 messages reviewed · 1 of 1 document');
  await expect(progress.getByRole('button', { name: '1 flagged' })).toBeVisible();
  await expect(message('Harlan Placeholder')).toHaveAccessibleName(/, reviewed/);
  await expect(message(ORLA)).toHaveAccessibleName(/, flagged/);
  await expect(summaryDocument).toHaveAccessibleName(/, reviewed/);
  await message('Harlan Placeholder').click();
  await expect(reviewed).toHaveAttribute('aria-pressed', 'true');
  await expect(bar).toContainText('Reviewed ✓');
  await message(ORLA).click();
  await expect(flag).toHaveAttribute('aria-pressed', 'true');

  const axe = await new AxeBuilder({ page }).include('.library').include('.review-bar').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('Reviewed, next goes through what is left in the library order; flags by Alt+G; threads count their reviews', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  const { rows, senders, message, summaryDocument, bar, reviewed, flag, next, progress, from } = ui(page);

  await message('Harlan Placeholder').click();
  await next.click();
  await expect(from).toContainText(ORLA);
  await expect(message('Harlan Placeholder')).toHaveAccessibleName(/, reviewed/);
  // Its key, from wherever focus is (here the button just pressed).
  await expect(next).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  await page.keyboard.press('Alt+n');
  await expect(from).toContainText('Bram Fictus (San Antonio FOD)');

  // A reviewed item is skipped: Priya's reply, reviewed out of turn.
  await message(PRIYA).click();
  await reviewed.click();
  await expect(reviewed).toHaveAttribute('aria-pressed', 'true');
  await message(DALE).click();
  await page.keyboard.press('Alt+n');
  await expect(from).toContainText(QUINCY);
  await expect(progress).toContainText('4 of 6 messages reviewed');

  // Flag by key, and take it back.
  await page.keyboard.press('Alt+g');
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
  await expect(progress).toContainText('1 flagged');
  await page.keyboard.press('Alt+g');
  await expect(flag).toHaveAttribute('aria-pressed', 'false');
  await expect(progress.getByRole('button', { name: /flagged/ })).toHaveCount(0);
  await page.keyboard.press('Alt+g');
  await expect(flag).toHaveAttribute('aria-pressed', 'true');

  // The progress line's flag count lists only the flagged items, and back.
  const flagged = progress.getByRole('button', { name: '1 flagged' });
  await flagged.click();
  await expect(flagged).toHaveAttribute('aria-pressed', 'true');
  await expect(senders).toHaveText([QUINCY]);
  await flagged.click();
  await expect(rows).toHaveCount(7);

  // After the last message, the document; after it, round to the one message left.
  await page.keyboard.press('Alt+n');
  await expect(bar).toHaveAccessibleName('Review of this document');
  await expect(summaryDocument).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Alt+n');
  await expect(from).toContainText('Bram Fictus (San Antonio FOD)');
  await expect(progress).toContainText('5 of 6 messages reviewed · 1 of 1 document');
  await page.keyboard.press('Alt+n');
  await expect(page.locator('.status-text')).toContainText('Nothing listed is left to review.');
  expect(await progressInMain(casemark)).toMatchObject({ messagesReviewed: 6, documentsReviewed: 1, flagged: 1 });
  await expect(progress).toContainText('6 of 6 messages reviewed');

  // Grouped by thread, the thread says how much of it is reviewed.
  await page.getByRole('checkbox', { name: 'Group by thread' }).check();
  const thread = page.getByRole('row', { name: /thread of 6 messages, 10–12 Feb 2017, all reviewed, 1 flagged/ });
  await expect(thread).toContainText('6 messages · 10–12 Feb 2017 · all reviewed');
  await page.screenshot({ path: 'test-results/review-grouped.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/review-grouped-dark.png' });

  const axe = await new AxeBuilder({ page }).include('.library').include('.review-bar').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
