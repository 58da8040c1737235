// The brief builder end to end, on the sample case: a new memo from the Memos tab, renamed, a paragraph typed,
// two highlights quoted from the sidebar (one dragged onto the text, one by its Quote button at the caret) and one
// from the chronology (dragged onto the memo in the list), each with its citation and "Id." for a repeat; a
// note edited and the memo following it; a quote shortened through its node; a highlight deleted and its quote
// flagged (and undone); rich copy with citations; export to DOCX and PDF through main's save dialog; and the list's
// rename, duplicate and delete with Undo, Alt+Q, the formatting keys and drags from search results — each checked
// against what main stored.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import { memoBlocks } from '../../shared/memo-blocks';
import { memoQuotes } from '../../shared/memo-state';
import type { Memo, MemoSummary } from '../../shared/model';
import { APP_ORIGIN, expect, test, type Casemark } from './harness';
import { annotations, openSample } from './steps';

const ORDER_ROW = /^Due Tonight for S1 – URGENT, from Harlan Placeholder/;
const DUE = 'It is due tonight.';
const EGREGIOUS = 'three most egregious cases';
const PINGED = 'We were pinged by HQ this morning';
const HQ_CITATION = /^Email from Harlan Placeholder \(ERO HQ\) to ERO Field Office Directors \(Feb\. 10, 2017, 4:12 PM\)/;
const BRAM_CITATION = /^Email from Bram Fictus/;
const PARAGRAPH = 'On 10 February 2017 headquarters set a same-night deadline for every field office.';

// One long story on a shared two-core machine.
test.setTimeout(180_000);

async function ask<T>(casemark: Casemark, name: string, input: unknown): Promise<T> {
  const result = await dispatch(casemark.app.service, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function memos(casemark: Casemark): Promise<MemoSummary[]> {
  return ask<MemoSummary[]>(casemark, 'listMemos', {});
}

/** The annotation ids of the stored memo's quotes, in order. */
async function storedQuotes(casemark: Casemark, id: number): Promise<string[]> {
  const memo = await ask<Memo>(casemark, 'getMemo', { id });
  return memoQuotes(memo.content).map((q) => q.annotationId);
}

/** The ids of the quotes the editor shows, in order. */
async function shownQuotes(editor: Locator): Promise<string[]> {
  return editor.locator('figure.evq').evaluateAll((figures) => figures.map((f) => (f as HTMLElement).dataset.annotationId!));
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a memo quotes highlights with live citations, follows their changes, and exports to Word and PDF', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await openSample(page);
  const all = await annotations(casemark);
  const due = all.find((a) => a.quote === DUE)!;
  const egregious = all.find((a) => a.quote === EGREGIOUS)!;
  const pinged = all.find((a) => a.quote.startsWith(PINGED))!;
  expect(due.documentId).toBe(egregious.documentId);
  await page.getByRole('row', { name: ORDER_ROW }).click();
  await expect(page.locator(`.hl-card[data-annotation-id="${due.id}"]`)).toBeVisible();

  // The Memos tab beside the library: none yet; New memo opens one in the reader's place, the caret in its text.
  const tabs = page.getByRole('tablist', { name: 'Left pane' });
  await tabs.getByRole('tab', { name: 'Memos' }).click();
  await expect(tabs.getByRole('tab', { name: 'Memos' })).toHaveAttribute('aria-selected', 'true');
  const list = page.getByRole('region', { name: /^Memos/ });
  await expect(list).toContainText('No memos yet.');
  await list.getByRole('button', { name: 'New memo' }).click();
  const memo = page.getByRole('region', { name: /^Memo: / });
  const editor = memo.getByRole('textbox', { name: /^Memo text/ });
  await expect(editor).toBeFocused();
  await expect(page.getByRole('region', { name: 'Message text' })).toHaveCount(0);
  const [created] = await memos(casemark);
  expect(created).toMatchObject({ title: 'Untitled memo', quotes: 0 });

  // Its title, edited in place: main has the new one, and so does the list.
  const title = memo.getByRole('textbox', { name: 'Memo title' });
  await expect(title).toHaveValue('Untitled memo');
  await title.fill('Statement of facts');
  await title.press('Enter');
  await expect.poll(async () => (await memos(casemark))[0]!.title).toBe('Statement of facts');
  await expect(list.getByRole('button', { name: /^Statement of facts/ })).toBeVisible();

  // A paragraph, typed; "Saved" once main has it.
  await editor.click();
  await page.keyboard.type(PARAGRAPH);
  await page.keyboard.press('Enter');
  await expect(memo.locator('.memo-save')).toHaveText('Saved');
  await expect.poll(async () => (await ask<Memo>(casemark, 'getMemo', { id: created!.id })).content).toContain(PARAGRAPH);

  // A highlight dragged from the sidebar onto the text: a quote with its exact words, tags and citation.
  const dueCard = page.locator(`.hl-card[data-annotation-id="${due.id}"]`);
  await dueCard.getByRole('button', { name: /^Go to highlight/ }).dragTo(editor, { targetPosition: { x: 40, y: 80 } });
  const dueQuote = editor.locator(`figure.evq[data-annotation-id="${due.id}"]`);
  await expect(dueQuote.locator('.evq-quote')).toHaveText(`“${DUE}”`);
  await expect(dueQuote.getByRole('list', { name: 'Tags' })).toHaveText('order');
  await expect(dueQuote.locator('cite')).toHaveText(HQ_CITATION);
  const dueCitation = await dueQuote.locator('cite').textContent();

  // The other by its Quote button: at the caret (after the first quote), from the same email: "Id.".
  await page.locator(`.hl-card[data-annotation-id="${egregious.id}"]`).getByRole('button', { name: /^Quote “three most/ }).click();
  const egregiousQuote = editor.locator(`figure.evq[data-annotation-id="${egregious.id}"]`);
  await expect(egregiousQuote.locator('.evq-quote')).toHaveText(`“${EGREGIOUS}”`);
  await expect(egregiousQuote.locator('cite')).toHaveText('Id.');
  await expect(egregiousQuote.locator('cite i')).toHaveText('Id.');
  await expect(egregiousQuote.locator('.evq-note')).toContainText(egregious.note.slice(0, 30));
  expect(await shownQuotes(editor)).toEqual([due.id, egregious.id]);
  await expect.poll(() => storedQuotes(casemark, created!.id)).toEqual([due.id, egregious.id]);

  // One from the chronology: its words dragged onto the memo in the list (the memo waits behind the chronology).
  await page.keyboard.press('Control+Shift+L');
  const chronology = page.getByRole('region', { name: 'Chronology' });
  await expect(chronology).toBeVisible();
  await expect(memo).toBeHidden();
  const entry = chronology.locator(`li.chrono-entry[data-annotation-id="${pinged.id}"]`);
  await entry.locator('blockquote').dragTo(list.locator(`li[data-memo-id="${created!.id}"]`));
  await expect(page.getByRole('status')).toHaveText('Quoted in “Statement of facts” (Ctrl+Shift+M shows the memo).');
  await expect.poll(() => storedQuotes(casemark, created!.id)).toEqual([due.id, egregious.id, pinged.id]);
  await expect(list.getByRole('button', { name: /^Statement of facts/ })).toContainText('3 quotes');

  // Ctrl+Shift+M brings the memo back: three quotes in order, the third cited in full (another email).
  await page.keyboard.press('Control+Shift+M');
  await expect(memo).toBeVisible();
  await expect(chronology).toHaveCount(0);
  expect(await shownQuotes(editor)).toEqual([due.id, egregious.id, pinged.id]);
  const pingedQuote = editor.locator(`figure.evq[data-annotation-id="${pinged.id}"]`);
  await expect(pingedQuote.locator('cite')).toHaveText(BRAM_CITATION);
  await expect(pingedQuote.getByRole('list', { name: 'Tags' })).toHaveText('failure report');
  await expect(editor.locator('p').first()).toHaveText(PARAGRAPH);
  await page.screenshot({ path: 'test-results/memo/memo-three-quotes.png' });
  expect(await seriousViolations(page, '.case-view')).toEqual([]);

  // Clicking a quote opens its passage in the reader, focused; the memo is there again with Ctrl+Shift+M.
  await pingedQuote.getByRole('button', { name: /^“We were pinged/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'RE: Due Tonight for S1 – URGENT' })).toBeVisible();
  await expect(page.locator(`mark[data-focus-for="${pinged.id}"]`).first()).toBeFocused();
  await expect(memo).toBeHidden();
  await tabs.getByRole('tab', { name: 'Library' }).click();
  await page.getByRole('row', { name: ORDER_ROW }).click();
  await page.keyboard.press('Control+Shift+M');
  await expect(memo).toBeVisible();

  // Editing the note of a quoted highlight: its quote in the memo follows; words and citations stay.
  const note = page.locator(`.hl-card[data-annotation-id="${egregious.id}"]`).getByRole('textbox', { name: 'Note' });
  await note.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Three cases per office: the quota behind the deadline.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await annotations(casemark)).find((a) => a.id === egregious.id)!.note).toBe('Three cases per office: the quota behind the deadline.');
  await expect(egregiousQuote.locator('.evq-note')).toHaveText('Note Three cases per office: the quota behind the deadline.');
  await expect(egregiousQuote.locator('.evq-quote')).toHaveText(`“${EGREGIOUS}”`);
  await expect(egregiousQuote.locator('cite')).toHaveText('Id.');

  // Shortening, only through the node: words left out become "…"; the highlight keeps them all.
  await pingedQuote.getByRole('button', { name: 'Shorten…' }).click();
  const shorten = pingedQuote.getByRole('group', { name: 'Shorten the quote' });
  await shorten.getByRole('button', { name: 'this', exact: true }).first().click();
  await shorten.getByRole('button', { name: 'morning', exact: true }).click({ modifiers: ['Shift'] });
  await expect(shorten.locator('.evq-omit-preview')).toContainText('We were pinged by HQ … indicating');
  await page.screenshot({ path: 'test-results/memo/memo-shorten.png' });
  await shorten.getByRole('button', { name: 'Done' }).click();
  await expect(pingedQuote.locator('.evq-quote')).toContainText('“We were pinged by HQ … indicating that we failed');
  await expect(pingedQuote.locator('.evq-shortened')).toHaveText('Shortened');
  await expect.poll(async () => memoQuotes((await ask<Memo>(casemark, 'getMemo', { id: created!.id })).content).find((q) => q.annotationId === pinged.id)?.omissions).toEqual([[21, 34]]);
  expect((await annotations(casemark)).find((a) => a.id === pinged.id)!.quote).toBe(pinged.quote);

  // Deleting a quoted highlight flags its quote, its last words struck through; the next quote is now cited in full.
  await dueCard.getByRole('button', { name: `Delete highlight “${DUE}”` }).click();
  await expect.poll(async () => (await annotations(casemark)).some((a) => a.id === due.id)).toBe(false);
  await expect(dueQuote).toHaveAttribute('data-status', 'deleted');
  await expect(dueQuote.locator('.evq-flag-deleted')).toContainText('Highlight deleted.');
  await expect(dueQuote.locator('del')).toHaveText(`“${DUE}”`);
  await expect(egregiousQuote.locator('cite')).toHaveText(dueCitation!);
  await page.screenshot({ path: 'test-results/memo/memo-deleted.png' });
  // Undo (the case's, outside the memo) brings the highlight back, and the quote with it.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(dueQuote).toHaveAttribute('data-status', 'ok');
  await expect(egregiousQuote.locator('cite')).toHaveText('Id.');
  // Deleted again, to export a memo with a flagged quote.
  await dueCard.getByRole('button', { name: `Delete highlight “${DUE}”` }).click();
  await expect(dueQuote).toHaveAttribute('data-status', 'deleted');

  // Copying the memo gives rich text with the quotes' citations.
  await editor.locator('p').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
  });
  expect(copied.html).toContain('<blockquote><p>three most egregious cases</p></blockquote>');
  expect(copied.html).toContain('[Quoted highlight deleted]');
  expect(copied.html).toMatch(/<p>Email from Bram Fictus[^<]*\.<\/p>/);
  expect(copied.text).toContain(PARAGRAPH);
  expect(copied.text).toMatch(/“three most egregious cases”\nEmail from Harlan Placeholder/);

  // Export: DOCX and PDF, written where main's save dialog says (the harness answers it).
  const exportButton = memo.getByRole('button', { name: 'Export' });
  for (const [format, name] of [
    ['docx', /^Word document/],
    ['pdf', /^PDF/],
  ] as const) {
    const path = join(casemark.home, `statement-of-facts.${format}`);
    casemark.dialogs.save = path;
    await exportButton.click();
    await memo.getByRole('menu').getByRole('menuitem', { name }).click();
    await expect(page.getByRole('status')).toContainText(`Exported “Statement of facts” to ${path}`);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).size).toBeGreaterThan(0);
  }
  // Cancelling the dialog writes nothing.
  casemark.dialogs.save = null;
  await exportButton.press('ArrowDown');
  await expect(memo.getByRole('menu')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(memo.getByRole('menuitem', { name: /^Markdown/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Export cancelled.');

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('the memo list: rename in place, duplicate, delete with Undo; Alt+Q quotes into the last memo', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  const all = await annotations(casemark);
  const egregious = all.find((a) => a.quote === EGREGIOUS)!;
  await page.getByRole('row', { name: ORDER_ROW }).click();

  // With no memo yet, Alt+Q on a highlight starts one and quotes it there, without leaving the reader.
  await page.locator(`mark[data-focus-for="${egregious.id}"]`).first().focus();
  await page.keyboard.press('Alt+q');
  await expect(page.getByRole('status')).toHaveText('Quoted in “Untitled memo” (Ctrl+Shift+M shows the memo).');
  await expect(page.getByRole('region', { name: 'Message text' })).toBeVisible();
  const [first] = await memos(casemark);
  await expect.poll(() => storedQuotes(casemark, first!.id)).toEqual([egregious.id]);

  const tabs = page.getByRole('tablist', { name: 'Left pane' });
  await tabs.getByRole('tab', { name: 'Library' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Memos' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tabs.getByRole('tab', { name: 'Memos' })).toHaveAttribute('aria-selected', 'true');
  const list = page.getByRole('region', { name: /^Memos/ });
  const item = list.getByRole('button', { name: /^Untitled memo/ });
  await expect(item).toContainText('1 quote');

  // F2 renames in place; Escape would keep the old title, Enter saves the new one.
  await item.focus();
  await page.keyboard.press('F2');
  const field = list.getByRole('textbox', { name: 'New title for “Untitled memo”' });
  await expect(field).toBeFocused();
  await field.fill('Facts for the motion');
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: /^Facts for the motion/ })).toBeFocused();
  await expect.poll(async () => (await memos(casemark)).map((m) => m.title)).toEqual(['Facts for the motion']);

  // Duplicate: a copy with the same quotes.
  await list.getByRole('button', { name: 'Duplicate “Facts for the motion”' }).click();
  await expect(list.getByRole('button', { name: /^Facts for the motion \(copy\)/ })).toBeFocused();
  const copy = (await memos(casemark)).find((m) => m.title === 'Facts for the motion (copy)')!;
  expect(await storedQuotes(casemark, copy.id)).toEqual([egregious.id]);
  await page.screenshot({ path: 'test-results/memo/memo-list.png' });

  // Delete (the key on a memo), then Undo: it comes back whole.
  await list.getByRole('button', { name: /^Facts for the motion \(copy\)/ }).press('Delete');
  await expect(list.locator('.memo-notice')).toHaveText('Deleted “Facts for the motion (copy)”.Undo');
  await expect(list.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect.poll(async () => (await memos(casemark)).length).toBe(1);
  await list.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await memos(casemark)).map((m) => m.title).sort()).toEqual(['Facts for the motion', 'Facts for the motion (copy)']);
  await expect(list.getByRole('button', { name: /^Facts for the motion \(copy\)/ })).toBeVisible();
  expect(await storedQuotes(casemark, copy.id)).toEqual([egregious.id]);

  // Opening a memo from the list shows it.
  await list.getByRole('button', { name: /^Facts for the motion \(copy\)/ }).click();
  const memo = page.getByRole('region', { name: 'Memo: Facts for the motion (copy)' });
  const editor = memo.getByRole('textbox', { name: /^Memo text/ });
  await expect(memo.locator('figure.evq')).toHaveCount(1);

  // Writing with the keys after the quote: a heading (Ctrl+Alt+2), bold (Ctrl+B), a bulleted list (Ctrl+Shift+8).
  await editor.locator('p').last().click();
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.type('Facts');
  await expect(memo.getByRole('button', { name: 'Heading 2' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Bold');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' and plain.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.type('first point');
  await expect(memo.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => memoBlocks((await ask<Memo>(casemark, 'getMemo', { id: copy.id })).content).blocks.map((b) => b.kind)).toEqual(['evidence', 'heading', 'paragraph', 'item']);
  const { blocks } = memoBlocks((await ask<Memo>(casemark, 'getMemo', { id: copy.id })).content);
  expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2, inlines: [{ text: 'Facts' }] });
  expect(blocks[2]).toMatchObject({ kind: 'paragraph', inlines: [{ text: 'Bold', bold: true }, { text: ' and plain.' }] });
  expect(blocks[3]).toMatchObject({ kind: 'item', ordered: false, inlines: [{ text: 'first point' }] });
  // The memo's own undo (Ctrl+Z in its text) takes typing back; the case's is untouched.
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('first point');
  await expect(editor).toContainText('Bold and plain.');
  await expect.poll(async () => (await memos(casemark)).length).toBe(2);

  // From search results (beside the memo): a hit inside a highlight quotes that highlight; a hit in none is refused.
  await page.keyboard.press('Control+Shift+F');
  const search = page.getByRole('search', { name: 'Search the case' });
  const words = search.getByRole('combobox', { name: 'Search words' });
  await words.fill('"most egregious" from:Harlan');
  const hits = search.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(hits.first()).toBeVisible();
  await hits.first().dragTo(editor.locator('h2'));
  await expect(memo.locator('figure.evq')).toHaveCount(2);
  await expect.poll(() => storedQuotes(casemark, copy.id)).toEqual([egregious.id, egregious.id]);
  await words.fill('"Null responses" from:Harlan');
  await expect(hits).toHaveCount(1);
  await hits.first().dragTo(editor.locator('h2'));
  await expect(page.locator('.status-bar').getByRole('status')).toContainText('That passage is not highlighted yet: a memo quotes highlights');
  await expect(memo.locator('figure.evq')).toHaveCount(2);

  // The case's citation style: a template of its own, shown as typed, then used by every quote; Ctrl+Z takes it back.
  const cite = memo.locator('figure.evq cite').first();
  await expect(cite).toHaveText(/^Email from Harlan Placeholder/);
  await memo.getByRole('button', { name: 'Citations…' }).click();
  const style = page.getByRole('dialog', { name: 'Citation style' });
  await expect(style.getByRole('radio', { name: 'Default legal style' })).toBeChecked();
  await style.getByRole('radio', { name: 'This case’s own template' }).check();
  const template = style.getByRole('textbox', { name: 'Template' });
  await template.fill('{title} {nonsense}');
  await expect(style.getByRole('listitem')).toContainText(['{nonsense} is not a placeholder']);
  await expect(style.getByRole('button', { name: 'Save' })).toBeDisabled();
  await template.fill('{title} ');
  await style.getByRole('group', { name: 'Insert a placeholder' }).getByRole('button', { name: '{date}' }).click();
  await expect(template).toHaveValue('{title} {date}');
  await expect(style.locator('.memo-cite-example')).toHaveText('For example Due Tonight for S1 – URGENT Feb. 10, 2017, 4:12 PM');
  expect(await seriousViolations(page, '.memo-cite-dialog')).toEqual([]);
  await page.screenshot({ path: 'test-results/memo/memo-citation-style.png' });
  await style.getByRole('button', { name: 'Save' }).click();
  await expect(style).toHaveCount(0);
  await expect(cite).toHaveText('Due Tonight for S1 – URGENT Feb. 10, 2017, 4:12 PM');
  await expect(memo.getByRole('button', { name: 'Citations…' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(cite).toHaveText(/^Email from Harlan Placeholder/);

  // Back to the reader returns.
  await memo.getByRole('button', { name: 'Back to the reader' }).click();
  await expect(page.getByRole('region', { name: 'Message text' })).toBeVisible();

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
