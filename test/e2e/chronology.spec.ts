// The chronology end to end: tag the order in message 01 and a failure passage in message 03 through the
// reader, link them, then read the story in date order with its chain and citations, filter it by tag and
// person, move through it with the keys, copy a citation, and open entries back in the reader.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { ChronologyEntry } from '../../shared/model';
import { APP_ORIGIN, expect, test, type Casemark } from './harness';
import { annotations, openSample, select } from './steps';

const ORDER = 'Null responses will not be accepted.';
const FAILURE = "Nothing from our AOR made it into last night's package to S1.";
const ATTACHMENT = 'Prepared for: ERO HQ white paper to S1';
const ORDER_CITATION = 'Email from Harlan Placeholder (ERO HQ) to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM)';
const FAILURE_CITATION = 'Email from Bram Fictus (San Antonio FOD) to SNA ERO AFODs and SDDOs (Feb. 11, 2017, 8:05 AM)';

// One long story on a shared two-core machine: more than the default 30 s.
test.setTimeout(120_000);

/** The chronology as main tells it, to hold the view against. */
async function story(casemark: Casemark, filter: { tag?: string; person?: string } = {}): Promise<ChronologyEntry[]> {
  const result = await dispatch(casemark.app.service, 'chronology', filter);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ChronologyEntry[];
}

/** Selects words in the open message and presses a tag's key; returns the new highlight's id. */
async function highlight(page: Page, casemark: Casemark, words: string, key: string): Promise<string> {
  const before = new Set((await annotations(casemark)).map((a) => a.id));
  await select(page, words);
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  await page.keyboard.press(key);
  await expect.poll(async () => (await annotations(casemark)).filter((a) => !before.has(a.id)).length).toBe(1);
  return (await annotations(casemark)).find((a) => !before.has(a.id))!.id;
}

/** The annotation ids of the entries, in the order they are on screen. */
async function shownIds(view: Locator): Promise<string[]> {
  return view.locator('li.chrono-entry').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.annotationId!));
}

test('the order and its failure report, linked, tell the story in date order', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await openSample(page);

  // Tag the order in message 01 and the failure in message 03, through the reader.
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan Placeholder/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Due Tonight for S1 – URGENT' })).toBeVisible();
  const order = await highlight(page, casemark, ORDER, '1');
  await page.getByRole('row', { name: /^RE: Due Tonight for S1 – URGENT, from Bram Fictus/ }).click();
  await expect(page.getByRole('region', { name: 'Message text' })).toContainText(FAILURE);
  const failure = await highlight(page, casemark, FAILURE, '3');
  expect((await annotations(casemark)).find((a) => a.id === failure)).toMatchObject({ quote: FAILURE, tags: ['failure report'] });
  // And a passage of the attachment, which has no date of its own: it takes its email's.
  await page.getByRole('row', { name: /^CASE SUMMARY - SAN ANTONIO AOR/ }).click();
  await expect(page.locator('.reader-text')).toContainText(ATTACHMENT);
  const attached = await highlight(page, casemark, ATTACHMENT, '2');

  // Link them (the sidebar's link control is another spec's): the failure report reports failure of the order.
  type Linking = { casemark: { linkAnnotations(input: { from: string; to: string; relation: string }): Promise<{ ok: boolean }> } };
  const linked = await page.evaluate(([from, to]) => (window as unknown as Linking).casemark.linkAnnotations({ from: from!, to: to!, relation: 'reports failure of' }), [failure, order]);
  expect(linked.ok).toBe(true);

  // Ctrl+Shift+L opens the chronology in the middle pane.
  await page.keyboard.press('Control+Shift+L');
  const view = page.getByRole('region', { name: 'Chronology' });
  await expect(view).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chronology' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Message text' })).toHaveCount(0);

  // Every tagged passage, in main's date order, the dates ascending, the order before its failure report.
  const all = await story(casemark);
  expect(all.map((e) => e.annotationId)).toEqual(expect.arrayContaining([order, failure]));
  await expect.poll(() => shownIds(view)).toEqual(all.map((e) => e.annotationId));
  const ids = await shownIds(view);
  expect(ids.indexOf(order)).toBeLessThan(ids.indexOf(failure));
  const dates = await view.locator('li.chrono-entry time').evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime')!)));
  expect(dates).toHaveLength(all.length);
  expect(dates).toEqual([...dates].sort((a, b) => a - b));
  await expect(view.getByRole('heading', { level: 2, name: 'Chronology' })).toBeVisible();
  await expect(view.locator('.chrono-count')).toHaveText(`${all.length} passages · 1 thread · 1 linked chain`);
  // Grouped by thread by default: the sample is one thread.
  await expect(view.getByLabel('Group by thread')).toBeChecked();
  await expect(view.getByRole('heading', { level: 3, name: 'Due Tonight for S1 – URGENT' })).toBeVisible();

  await page.screenshot({ path: 'test-results/chronology-top.png' });

  // The chain, in date order, and each end's link to the other.
  const orderEntry = view.locator(`li.chrono-entry[data-annotation-id="${order}"]`);
  const failureEntry = view.locator(`li.chrono-entry[data-annotation-id="${failure}"]`);
  const orderNumber = ids.indexOf(order) + 1;
  const failureNumber = ids.indexOf(failure) + 1;
  const chains = view.getByRole('region', { name: 'Linked chains' });
  await expect(chains.getByRole('listitem')).toHaveCount(1);
  await expect(chains.getByRole('listitem')).toHaveText(/^Chain 1:\s*order\s*10 Feb 2017 16:12\s*→\s*then\s*failure report\s*11 Feb 2017 08:05$/);
  await expect(orderEntry).toContainText('Chain 1 · step 1 of 2');
  await expect(failureEntry).toContainText('Chain 1 · step 2 of 2');
  await expect(failureEntry.getByRole('list', { name: 'Links' })).toHaveText(`↳ reports failure of: ${orderNumber}. “${ORDER}” (10 Feb 2017 16:12)`);
  await expect(orderEntry.getByRole('list', { name: 'Links' })).toHaveText(`↰ failure reported in: ${failureNumber}. “${FAILURE}” (11 Feb 2017 08:05)`);

  // Each entry: date, people, tags in their colours, the quote and the citation of its source.
  await expect(orderEntry.locator('time')).toHaveText('Fri 10 Feb 2017, 16:12 (UTC−05:00)');
  await expect(orderEntry.locator('.chrono-people')).toHaveText('Harlan Placeholder (ERO HQ) → to ERO Field Office Directors · cc ERO HQ Field Operations');
  await expect(orderEntry.getByRole('list', { name: 'Tags' })).toHaveText('order');
  await expect(orderEntry.locator('.tag-swatch')).toHaveCSS('background-color', 'rgb(245, 159, 0)');
  await expect(orderEntry.locator('blockquote')).toHaveText(`“${ORDER}”`);
  await expect(orderEntry.locator('cite')).toHaveText(ORDER_CITATION);
  await expect(failureEntry.locator('cite')).toHaveText(FAILURE_CITATION);
  await expect(failureEntry.getByRole('list', { name: 'Tags' })).toHaveText('failure report');
  // The attachment's passage: dated by its email (and saying so), cited by its own title.
  const attachedEntry = view.locator(`li.chrono-entry[data-annotation-id="${attached}"]`);
  const attachedStory = all.find((e) => e.annotationId === attached)!;
  expect(attachedStory).toMatchObject({ dateSource: 'attachment', messageId: null });
  await expect(attachedEntry.locator('time')).toHaveText('Sat 11 Feb 2017, 13:40 (UTC−06:00)');
  await expect(attachedEntry).toContainText('(date of the email it is attached to)');
  await expect(attachedEntry.locator('.chrono-from')).toHaveText('Priya Mockridge (San Antonio SDDO)');
  await expect(attachedEntry.locator('cite')).toHaveText(attachedStory.documentTitle);
  const emails = view.locator(`li.chrono-entry:not([data-annotation-id="${attached}"]) cite`);
  await expect(emails).toHaveCount(all.length - 1);
  for (const cite of await emails.allTextContents()) expect(cite).toMatch(/^Email from .+ to .+ \([A-Z][a-z]+\.? \d{1,2}, 2017, \d{1,2}:\d{2} [AP]M\)$/);

  // The link jumps to the other end within the view; the arrow keys move from entry to entry.
  await failureEntry.getByRole('button', { name: new RegExp(`^${orderNumber}\\. “Null responses`) }).click();
  await expect(orderEntry).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(view.locator(`li.chrono-entry[data-annotation-id="${ids[orderNumber]}"]`)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(orderEntry).toBeFocused();
  await page.keyboard.press('End');
  await expect(view.locator(`li.chrono-entry[data-annotation-id="${ids[ids.length - 1]}"]`)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(view.locator(`li.chrono-entry[data-annotation-id="${ids[0]}"]`)).toBeFocused();
  // Only the entry in focus is in the Tab order.
  await expect(view.locator('li.chrono-entry[tabindex="0"]')).toHaveCount(1);

  // Copy puts the citation on the clipboard.
  await failureEntry.getByRole('button', { name: `Copy citation of entry ${failureNumber}` }).click();
  await expect(page.getByRole('status')).toHaveText(`Copied: ${FAILURE_CITATION}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FAILURE_CITATION);

  await page.screenshot({ path: 'test-results/chronology.png' });

  // The view reads the story again when it changes: undo takes the link back, and with it the chain; redo restores it.
  await page.keyboard.press('Control+z');
  await expect(chains).toHaveCount(0);
  await expect(failureEntry.getByRole('list', { name: 'Links' })).toHaveCount(0);
  await expect(view.locator('.chrono-count')).toHaveText(`${all.length} passages · 1 thread`);
  await page.keyboard.press('Control+Shift+z');
  await expect(chains.getByRole('listitem')).toHaveCount(1);
  await expect(failureEntry).toContainText('Chain 1 · step 2 of 2');

  // Filter by tag: only the failure reports, as main filters them; the chain stays, its order step faded.
  await view.getByRole('combobox', { name: 'Tag' }).selectOption('failure report');
  const failures = await story(casemark, { tag: 'failure report' });
  expect(failures.length).toBeLessThan(all.length);
  await expect.poll(() => shownIds(view)).toEqual(failures.map((e) => e.annotationId));
  for (const tags of await view.locator('li.chrono-entry').getByRole('list', { name: 'Tags' }).allTextContents()) expect(tags).toContain('failure report');
  await expect(view.locator('.chrono-count')).toHaveText(`${failures.length} of ${all.length} passages · 1 thread · 1 linked chain`);
  await expect(chains.getByRole('button', { name: /^order/ })).toHaveClass(/chrono-chain-step-hidden/);
  // A jump to the hidden end clears the filter and lands on it.
  await failureEntry.getByRole('button', { name: new RegExp(`^${orderNumber}\\. “Null responses`) }).click();
  await expect(view.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
  await expect(orderEntry).toBeFocused();
  await expect.poll(() => shownIds(view)).toEqual(all.map((e) => e.annotationId));

  // Filter by person: Bram Fictus's passages only (sender or recipient), as main finds them.
  await view.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Bram Fictus (San Antonio FOD)' });
  const bram = await story(casemark, { person: 'sanantonio-fod@example.gov' });
  expect(bram.length).toBeGreaterThan(0);
  expect(bram.length).toBeLessThan(all.length);
  await expect.poll(() => shownIds(view)).toEqual(bram.map((e) => e.annotationId));
  for (const people of await view.locator('li.chrono-entry .chrono-people').allTextContents()) expect(people).toContain('Bram Fictus');
  // Both filters together, then cleared.
  await view.getByRole('combobox', { name: 'Tag' }).selectOption('order');
  await expect.poll(() => shownIds(view)).toEqual(all.filter((e) => e.tags.includes('order') && bram.some((b) => b.annotationId === e.annotationId)).map((e) => e.annotationId));
  await view.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect.poll(() => shownIds(view)).toEqual(all.map((e) => e.annotationId));

  // One timeline instead of threads: the same order, no thread headings.
  await view.getByLabel('Group by thread').uncheck();
  await expect(view.getByRole('heading', { level: 3, name: 'Due Tonight for S1 – URGENT' })).toHaveCount(0);
  await expect.poll(() => shownIds(view)).toEqual(all.map((e) => e.annotationId));

  const axe = await new AxeBuilder({ page }).include('.chronology').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // A click on an entry opens its message in the reader, with focus on the highlight.
  await failureEntry.locator('blockquote').click();
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'RE: Due Tonight for S1 – URGENT' })).toBeVisible();
  await expect(page.locator('.reader-header')).toContainText('Bram Fictus');
  await expect(page.locator(`mark[data-focus-for="${failure}"]`)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Chronology' })).toHaveAttribute('aria-pressed', 'false');

  // Ctrl+Shift+L comes back to the same place (the timeline, the entry last opened); Enter opens the order's message.
  await page.keyboard.press('Control+Shift+L');
  await expect(view).toBeVisible();
  await expect(view.getByLabel('Group by thread')).not.toBeChecked();
  await expect(failureEntry).toBeFocused();
  await failureEntry.getByRole('button', { name: new RegExp(`^${orderNumber}\\. “Null responses`) }).click();
  await expect(orderEntry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Due Tonight for S1 – URGENT' })).toBeVisible();
  await expect(page.locator(`mark[data-focus-for="${order}"]`)).toBeFocused();

  // And Ctrl+Shift+L twice: there and back to the reader.
  await page.keyboard.press('Control+Shift+L');
  await expect(view).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Message text' })).toContainText(ORDER);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
