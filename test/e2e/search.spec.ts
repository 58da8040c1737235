// The case-wide search panel end to end: Ctrl+Shift+F, type, see the hits with their snippets, open one
// with the keyboard and find its words selected in the reader (unfolding quoted history, or on a PDF
// page not yet rendered), tag them with 1; filters, phrases, kind notices for a query that cannot run,
// and "Highlight all hits" with its confirmation and Undo — every count checked against main.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { SearchHighlights, SearchHit } from '../../shared/model';
import { generateRelease } from '../support/generate-release';
import { expect, test, type Casemark } from './harness';
import { annotations, documentText, openCaseWith, openSample, pdfPages, select, writeFile } from './steps';

/** What main answers the window for a search (the panel asks for up to 500 hits). */
async function mainSearch(casemark: Casemark, input: Record<string, unknown>): Promise<SearchHit[]> {
  const result = await dispatch(casemark.app.service, 'search', { limit: 500, ...input });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SearchHit[];
}

async function dryRun(casemark: Casemark, input: Record<string, unknown>): Promise<SearchHighlights> {
  const result = await dispatch(casemark.app.service, 'highlightAllHits', { ...input, dryRun: true });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SearchHighlights;
}

/** "24 hits in 9 messages", computed from main's hits. */
function expectedSummary(hits: readonly SearchHit[]): string {
  const groups = new Set(hits.map((h) => `${h.documentId}:${h.messageId ?? ''}`));
  const messages = new Set(hits.filter((h) => h.messageId !== undefined).map((h) => `${h.documentId}:${h.messageId}`));
  const documents = groups.size - messages.size;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(hits.length, 'hit')} in ${[messages.size ? n(messages.size, 'message') : '', documents ? n(documents, 'document') : ''].filter(Boolean).join(' and ')}`;
}

// Each test walks a whole story; on two busy cores that takes a while.
test.setTimeout(120_000);

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('.search-panel').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const selectionText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

async function search(page: Page, query: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Search words' });
  await field.fill(query);
}

test('search the sample case, open a hit with the keyboard, tag the selected words, filter, phrase, and notices', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('treegrid', { name: 'Messages and documents' }).focus();
  await page.keyboard.press('Control+Shift+F');
  const panel = page.getByRole('search', { name: 'Search the case' });
  const field = panel.getByRole('combobox', { name: 'Search words' });
  await expect(field).toBeFocused();
  const results = panel.getByRole('listbox', { name: 'Search results' });
  const count = panel.getByRole('status').first();

  // Typed, searched after a pause: the count and the hits are main's, each snippet with the word marked.
  await page.keyboard.type('egregious');
  const egregious = await mainSearch(casemark, { query: 'egregious' });
  expect(egregious.length).toBeGreaterThan(1);
  await expect(count).toHaveText(expectedSummary(egregious));
  await expect(results.getByRole('option')).toHaveCount(egregious.length);
  const first = results.getByRole('option').first();
  await expect(first.locator('mark')).toHaveText(['egregious']);
  await expect(first).toContainText('three most egregious cases');
  await expect(results.getByRole('group').first()).toHaveAttribute('aria-label', /^Due Tonight for S1 – URGENT, from Harlan Placeholder \(ERO HQ\), 10 Feb 2017 16:12/);

  // ↓ then Enter: the message opens with exactly the hit's range selected, focus in the reader.
  await field.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Due Tonight for S1 – URGENT' })).toBeVisible();
  await expect.poll(() => selectionText(page)).toBe('egregious');
  await expect(page.getByRole('region', { name: 'Message text' })).toBeFocused();
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  const before = new Set((await annotations(casemark)).map((a) => a.id));
  await page.keyboard.press('1');
  await expect.poll(async () => (await annotations(casemark)).filter((a) => !before.has(a.id)).length).toBe(1);
  const made = (await annotations(casemark)).find((a) => !before.has(a.id))!;
  expect(made).toMatchObject({ quote: 'egregious', tags: ['order'], documentId: egregious[0]!.documentId, start: egregious[0]!.start, end: egregious[0]!.end });

  // Ctrl+Shift+F goes back to the field, the results still there; a hit in a reply's quoted history unfolds it.
  await page.keyboard.press('Control+Shift+F');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('egregious');
  // Bram's reply quotes HQ's order below his own words: its hit is in the folded part.
  const fromBram = await mainSearch(casemark, { query: 'egregious', from: 'bram' });
  const reply = egregious.findIndex((h) => h.documentId === fromBram[0]!.documentId && !h.annotationId);
  const replyHit = egregious[reply]!;
  const replyOption = results.getByRole('option').nth(reply);
  for (let i = 0; i < reply; i++) await field.press('ArrowDown');
  await expect(replyOption).toHaveAttribute('aria-selected', 'true');
  await field.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide quoted history' })).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => selectionText(page)).toBe('egregious');
  // The selection is the hit's range: tagging it stores exactly that.
  const before2 = new Set((await annotations(casemark)).map((a) => a.id));
  await page.keyboard.press('2');
  await expect.poll(async () => (await annotations(casemark)).filter((a) => !before2.has(a.id)).length).toBe(1);
  expect((await annotations(casemark)).find((a) => !before2.has(a.id))).toMatchObject({ quote: 'egregious', tags: ['response'], start: replyHit.start, end: replyHit.end });

  // A filter narrows the results to one sender's messages.
  await page.keyboard.press('Control+Shift+F');
  await panel.getByRole('button', { name: 'Filters' }).click();
  await panel.getByRole('combobox', { name: 'From' }).fill('bram');
  expect(fromBram.length).toBeGreaterThan(0);
  expect(fromBram.length).toBeLessThan(egregious.length);
  await expect(count).toHaveText(expectedSummary(fromBram));
  await expect(results.getByRole('group')).toHaveCount(1);
  await expect(results.getByRole('group')).toHaveAttribute('aria-label', /from Bram Fictus/);
  await expect(panel.getByRole('button', { name: /Filters\s*1/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText(expectedSummary(egregious));

  // A phrase: every mark is the whole phrase.
  await search(page, '"three most egregious cases"');
  const phrase = await mainSearch(casemark, { query: '"three most egregious cases"' });
  // (The word alone has as many hits: wait for the phrase's marks, not only the count.)
  const marks = async () => (await results.locator('mark').allTextContents()).map((m) => m.replace(/\s+/g, ' '));
  await expect.poll(async () => [...new Set(await marks())]).toEqual(['three most egregious cases']);
  await expect(count).toHaveText(expectedSummary(phrase));

  // Screenshot of the panel with results, to look at; and no serious accessibility violation in it.
  await page.screenshot({ path: 'test-results/search-panel.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // Queries that cannot run are explained beside the field, and the panel keeps working.
  await search(page, 'NOT egregious');
  await expect(panel.getByText(/A search of exclusions alone/)).toBeVisible();
  await expect(results.getByRole('option')).toHaveCount(0);
  await search(page, '"three most');
  await expect(panel.getByText('A quote was not closed; the phrase runs to the end of the query.')).toBeVisible();
  await expect(count).toHaveText(expectedSummary(await mainSearch(casemark, { query: '"three most' })));
  await search(page, 'egregious after:yesterday');
  await expect(panel.getByText(/after: takes a date like 2017-02-10, not "yesterday"/)).toBeVisible();
  await expect(count).toHaveText(expectedSummary(egregious));
  await search(page, 'zzyzxqv');
  await expect(count).toHaveText('No hits');
  await expect(panel.getByText(/Nothing matches/)).toBeVisible();

  // Escape goes back to the library; the search is there again on Ctrl+Shift+F.
  await field.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('treegrid', { name: 'Messages and documents' })).toBeFocused();
  await page.keyboard.press('Control+Shift+F');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('zzyzxqv');

  expect(await seriousViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('highlight all hits: a dry run counts them, the confirmation makes them, Undo takes them all back', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const panel = page.getByRole('search', { name: 'Search the case' });
  await search(page, '"three most egregious cases"');
  const query = { query: '"three most egregious cases"' };
  await expect(panel.getByRole('status').first()).toHaveText(expectedSummary(await mainSearch(casemark, query)));

  await panel.getByRole('button', { name: 'Highlight all hits…' }).click();
  const confirm = panel.getByRole('group', { name: 'Highlight all hits' });
  const tag = confirm.getByRole('combobox');
  await expect(tag).toBeFocused();
  // The tag with key 1 first: some matches already carry it.
  await expect(tag).toHaveValue('order');
  const asOrder = await dryRun(casemark, { ...query, tags: ['order'] });
  expect(asOrder.skipped).toBeGreaterThan(0);
  await expect(confirm.getByRole('status')).toHaveText(
    `This makes ${asOrder.planned} highlights tagged “order”; ${asOrder.skipped} ${asOrder.skipped === 1 ? 'match already has' : 'matches already have'} one.`,
  );
  // Escape closes the confirmation, not the panel.
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Highlight all hits…' })).toBeFocused();

  await page.keyboard.press('Enter');
  await tag.selectOption('response');
  const plan = await dryRun(casemark, { ...query, tags: ['response'] });
  expect(plan.planned).toBeGreaterThan(1);
  await expect(confirm.getByRole('status')).toHaveText(`This makes ${plan.planned} highlights tagged “response”.`);
  await page.locator('.search-panel').screenshot({ path: 'test-results/search-confirm.png' });
  const before = await annotations(casemark);
  await confirm.getByRole('button', { name: `Highlight ${plan.planned} matches` }).click();

  await expect(panel.getByText(`Made ${plan.planned} highlights tagged “response”.`)).toBeVisible();
  const after = await annotations(casemark);
  const made = after.filter((a) => !before.some((b) => b.id === a.id));
  expect(made).toHaveLength(plan.planned);
  expect(made.every((a) => a.tags.join() === 'response' && a.quote.replace(/\s+/g, ' ') === 'three most egregious cases')).toBe(true);
  // The reader and the library see them (onChanged): the open message shows its new highlight.
  const open = made.find((a) => a.documentId === 1);
  if (open) await expect(page.locator(`mark[data-focus-for="${open.id}"]`)).toBeAttached();

  const undo = panel.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(panel.getByText(`Undone: the ${plan.planned} highlights from this search are gone.`)).toBeVisible();
  await expect.poll(async () => (await annotations(casemark)).map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
  if (open) await expect(page.locator(`mark[data-focus-for="${open.id}"]`)).toHaveCount(0);

  // Undo here takes back only its own step: after another change it leaves everything as it is.
  await panel.getByRole('button', { name: 'Highlight all hits…' }).click();
  await tag.selectOption('failure report');
  const again = await dryRun(casemark, { ...query, tags: ['failure report'] });
  await confirm.getByRole('button', { name: `Highlight ${again.planned} matches` }).click();
  await expect(panel.getByText(`Made ${again.planned} highlights tagged “failure report”.`)).toBeVisible();
  await select(page, 'It is due tonight');
  await page.keyboard.press('2');
  await expect.poll(async () => (await annotations(casemark)).length).toBe(before.length + again.planned + 1);
  await undo.click();
  await expect(panel.getByText(/^Not undone: other changes came after these highlights/)).toBeVisible();
  expect((await annotations(casemark)).length).toBe(before.length + again.planned + 1);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('a hit on a PDF page not yet rendered opens with its words selected on the page text layer', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const { bytes } = await generateRelease(8);
  const [imported] = await openCaseWith(page, casemark, [writeFile(casemark, 'release.pdf', bytes)]);
  const documentId = imported!.documentId!;
  const text = await documentText(casemark, documentId);
  const pages = await pdfPages(casemark, documentId);
  expect(pages.length).toBeGreaterThan(4);

  // A word found once in the whole release, on one of its last pages (not in the DOM while page 1 shows).
  const count = (word: string) => text.match(new RegExp(`\\b${word}\\b`, 'gi'))?.length ?? 0;
  let target: { word: string; pageIndex: number } | null = null;
  for (let p = pages.length - 1; p >= 3 && !target; p--) {
    const words = text.slice(pages[p]!.start, pages[p]!.end).match(/\b[A-Za-z]{5,}\b/g) ?? [];
    const word = words.find((w) => count(w) === 1);
    if (word) target = { word, pageIndex: p };
  }
  expect(target, 'a word that occurs once on a late page').not.toBeNull();
  const { word, pageIndex } = target!;
  const offset = text.search(new RegExp(`\\b${word}\\b`));
  await expect(page.locator('.pdf-page[data-page-index="0"]')).toBeAttached();
  await expect(page.locator(`.pdf-page[data-page-index="${pageIndex}"]`)).toHaveCount(0);

  await page.keyboard.press('Control+Shift+F');
  await search(page, word);
  const [hit] = await mainSearch(casemark, { query: word });
  expect(hit).toMatchObject({ documentId, page: pageIndex, start: offset, end: offset + word.length });
  const option = page.getByRole('option').first();
  await expect(option.locator('mark')).toHaveText([word]);
  await expect(option).toContainText(`Page ${pageIndex + 1} · ${pages[pageIndex]!.stamp}`);
  await page.getByRole('combobox', { name: 'Search words' }).press('ArrowDown');
  await page.keyboard.press('Enter');

  // Selected on the page's text layer, exactly the hit's words.
  await expect.poll(() => selectionText(page)).toBe(word);
  const where = await page.evaluate(() => {
    const s = window.getSelection()!;
    const holder = (n: Node | null) => (n instanceof Element ? n : n?.parentElement)?.closest('.pdf-page')?.getAttribute('data-page-index');
    return { anchor: holder(s.anchorNode), focus: holder(s.focusNode), inText: !!(s.anchorNode?.parentElement?.closest('.pdf-text')) };
  });
  expect(where).toEqual({ anchor: String(pageIndex), focus: String(pageIndex), inText: true });
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  await expect(page.locator(`.pdf-page[data-page-index="${pageIndex}"][data-painted]`)).toBeVisible();
  await page.screenshot({ path: 'test-results/search-pdf.png' });
  await page.keyboard.press('1');
  await expect.poll(async () => (await annotations(casemark, documentId)).length).toBe(1);
  expect((await annotations(casemark, documentId))[0]).toMatchObject({ quote: word, tags: ['order'], start: offset, end: offset + word.length });

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
