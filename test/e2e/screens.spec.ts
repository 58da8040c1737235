// Screenshots of the main screens on the sample case (with a memo quoting its highlights), then of the page reader on a generated release
// (and a scanned corpus PDF when CASEMARK_CORPUS is set), light and dark, for review (`npm run screens`).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateRelease } from '../support/generate-release';
import { APP_URL, expect, test, type Casemark } from './harness';
import { annotations, documentText, messagesOf, openSample, pdfPages, select, writeFile } from './steps';

const SCREENS = join(process.cwd(), 'test-results', 'screens');
const FIRST_SUBJECT = 'Due Tonight for S1 – URGENT';

async function shot(page: Page, name: string): Promise<void> {
  // The caret and the toolbar's entry are not part of what is reviewed; let layout settle first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

// The sample case, then a release imported (and a scan OCR'd) per scheme.
test.setTimeout(300_000);

const CORPUS = process.env.CASEMARK_CORPUS;
const SCAN = CORPUS ? join(CORPUS, 'foia-pdf', 'dcbega_Grimaldi-emails.pdf') : '';

/** The words of text[from, to) widened to whole words: highlights made by people start and end on words. */
function wordsAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (end < text.length && /\S/.test(text[end]!)) end++;
  return { start, end };
}

/** The page reader: a printed-email release with highlights (overlapping, across a page break), find, an OCR'd scan, the message view. */
async function pdfScreens(page: Page, casemark: Casemark, scheme: string): Promise<void> {
  const { bytes } = await generateRelease(8);
  const release = writeFile(casemark, 'ice-release-2017-ICLI-00026.pdf', bytes);
  await casemark.app.service.newCase({ path: join(casemark.home, `pdf-${scheme}.casemark`), title: 'ICE release 2017-ICLI-00026' });
  const results = await casemark.app.service.importFiles({ paths: [release, ...(SCAN && existsSync(SCAN) ? [SCAN] : [])] });
  const documentId = results[0]!.documentId!;
  const [text, pages, messages] = await Promise.all([documentText(casemark, documentId), pdfPages(casemark, documentId), messagesOf(casemark, documentId)]);
  const message = messages.find((m) => m.subject === 'Operation plan 4')!;
  const first = message.page!;
  const body = text.indexOf('\n', text.indexOf('\n', message.bodyStart) + 1) + 1;
  const mark = async (range: { start: number; end: number }, tag: string, note?: string) =>
    casemark.app.service.createAnnotation({ documentId, ...range, tags: [tag], ...(note ? { note } : {}) });
  await mark(wordsAround(text, body + 20, body + 150), 'order', 'The tasking and its deadline, as HQ set them.');
  await mark(wordsAround(text, body + 60, body + 95), 'response');
  await mark(wordsAround(text, pages[first]!.end - 40, pages[first + 1]!.start + 70), 'failure report');

  await page.goto(APP_URL);
  await page.getByRole('row', { name: /Operation plan 4/ }).filter({ hasNotText: 'RE:' }).click();
  await expect(page.locator(`.pdf-page[data-page-index="${first}"][data-painted]`)).toBeVisible();
  await page.locator(`.pdf-hl[data-focus-for]`).first().focus();
  await expect(page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' })).toBeVisible();
  await shot(page, `pdf-reader-${scheme}`);

  // The printed emails found in the release, beside the pages.
  await page.getByRole('button', { name: 'Page list' }).click();
  await expect(page.getByRole('tab', { name: /Emails/ })).toHaveAttribute('aria-selected', 'true');
  await shot(page, `pdf-emails-${scheme}`);
  await page.getByRole('tab', { name: /Pages/ }).click();
  await shot(page, `pdf-page-strip-${scheme}`);
  await page.getByRole('button', { name: 'Page list' }).click();

  // The page break: the highlight crossing it is drawn on both pages; the find hits around it.
  await page.locator('.pdf-scroll').evaluate((element, next) => {
    element.scrollTop = element.querySelector<HTMLElement>(`.pdf-page[data-page-index="${next}"]`)!.offsetTop - element.clientHeight / 2;
  }, first + 1);
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('tasking');
  await expect(page.locator('.pdf-hit-current')).toBeVisible();
  await shot(page, `pdf-find-${scheme}`);
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('');

  await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Message' }).click();
  await expect(page.locator('.reader-text mark.hl').first()).toBeVisible();
  await shot(page, `pdf-message-view-${scheme}`);
  await page.getByRole('button', { name: 'Pages' }).click();

  if (results[1]?.documentId) {
    const scanId = results[1].documentId;
    const scanPages = await pdfPages(casemark, scanId);
    const scanText = await documentText(casemark, scanId);
    const ocred = scanPages.find((p) => p.ocr && p.pageIndex > 0) ?? scanPages[0]!;
    const word = /\b[A-Z][a-z]{4,}\b/g;
    word.lastIndex = ocred.start + 200;
    const found = word.exec(scanText)!;
    await casemark.app.service.createAnnotation({ documentId: scanId, start: found.index, end: found.index + found[0].length + 30, tags: ['response'] });
    const scanMessage = (await messagesOf(casemark, scanId)).find((m) => (m.page ?? 0) <= ocred.pageIndex && (m.pageEnd ?? 0) >= ocred.pageIndex);
    await page.reload();
    if (scanMessage) await page.getByRole('row', { name: new RegExp(scanMessage.subject?.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? 'x') }).first().click();
    else await page.getByRole('row', { name: /Grimaldi/ }).first().click();
    const goTo = page.getByRole('textbox', { name: 'Go to page or stamp' });
    await goTo.fill(String(ocred.pageIndex + 1));
    await goTo.press('Enter');
    await expect(page.locator(`.pdf-page[data-page-index="${ocred.pageIndex}"][data-painted] .pdf-hl`).first()).toBeVisible();
    await page.locator(`.pdf-page[data-page-index="${ocred.pageIndex}"] .pdf-hl`).first().scrollIntoViewIfNeeded();
    await shot(page, `pdf-ocr-${scheme}`);
  }
}

/** A memo state: a heading, paragraphs, and evidence quotes (with omissions) of the given highlights. */
function memoState(blocks: ({ h: string } | { p: string; bold?: string } | { quote: string; omissions?: [number, number][] })[]): string {
  const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
  const element = (type: string, children: unknown[], extra: object = {}) => ({ type, version: 1, direction: null, format: '', indent: 0, children, ...extra });
  const children = blocks.map((b) =>
    'h' in b
      ? element('heading', [text(b.h)], { tag: 'h2' })
      : 'p' in b
        ? element('paragraph', b.bold ? [text(b.p), text(b.bold, 1), text('.')] : [text(b.p)], { textFormat: 0, textStyle: '' })
        : { type: 'evidence-quote', version: 1, annotationId: b.quote, omissions: b.omissions ?? [] },
  );
  return JSON.stringify({ root: element('root', children) });
}

/** The brief builder: a memo quoting highlights with their citations ("Id." for a repeat), shortening, a deleted highlight, the list. */
async function memoScreens(page: Page, casemark: Casemark, scheme: string): Promise<void> {
  const all = await annotations(casemark);
  const id = (start: string) => all.find((a) => a.quote.startsWith(start))!.id;
  const content = memoState([
    { h: 'Statement of facts' },
    { p: 'On Friday, February 10, 2017, ERO headquarters asked every field office for its three most egregious cases, ', bold: 'due the same night' },
    { quote: id('It is due tonight.') },
    { quote: id('three most egregious cases') },
    { p: 'The next morning San Antonio reported that it had failed the tasking:' },
    { quote: id('We were pinged by HQ'), omissions: [[21, 34]] },
    { quote: id('Attached is the San Antonio summary') },
    { p: 'The corrected submission followed that afternoon.' },
  ]);
  await casemark.app.service.createMemo({ title: 'Statement of facts — S1 tasking', content });
  const tabs = page.getByRole('tablist', { name: 'Left pane' });
  await tabs.getByRole('tab', { name: 'Memos' }).click();
  await page.getByRole('region', { name: /^Memos/ }).getByRole('button', { name: /^Statement of facts/ }).click();
  const memo = page.getByRole('region', { name: /^Memo: Statement of facts/ });
  await expect(memo.locator('figure.evq cite')).toHaveCount(4);
  await shot(page, `memo-${scheme}`);

  // Shortening a quote through its node.
  const failed = memo.locator('figure.evq').nth(2);
  await failed.getByRole('button', { name: 'Shorten…' }).click();
  await failed.getByRole('group', { name: 'Shorten the quote' }).getByRole('button', { name: 'morning', exact: true }).focus();
  await failed.scrollIntoViewIfNeeded();
  await shot(page, `memo-shorten-${scheme}`);
  await page.keyboard.press('Escape');

  // A quoted highlight deleted (the open message's, from its card): the quote says so.
  const attached = id('Attached is the San Antonio summary');
  await page.locator(`.hl-card[data-annotation-id="${attached}"]`).getByRole('button', { name: /^Delete highlight/ }).click();
  const flagged = memo.locator(`figure.evq[data-annotation-id="${attached}"]`);
  await expect(flagged).toHaveAttribute('data-status', 'deleted');
  await flagged.scrollIntoViewIfNeeded();
  await memo.getByRole('button', { name: 'Export' }).click();
  await expect(memo.getByRole('menu')).toBeVisible();
  await shot(page, `memo-deleted-export-${scheme}`);
  await page.keyboard.press('Escape');
  await memo.getByRole('button', { name: 'Back to the reader' }).click();
  await tabs.getByRole('tab', { name: 'Library' }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screens @screens: ${scheme}`, async ({ page, casemark, blockedRequests, consoleErrors }) => {
    expect(casemark.home).toBeTruthy();
    mkdirSync(SCREENS, { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });

    await page.goto(APP_URL);
    await expect(page.getByRole('button', { name: 'Open sample case' })).toBeVisible();
    await shot(page, `welcome-${scheme}`);

    await openSample(page);
    await page.getByRole('row', { name: /^FW: Due Tonight/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: `FW: ${FIRST_SUBJECT}` })).toBeVisible();
    // From the filter into the list by keyboard, so the list shows its keyboard cursor.
    await page.getByRole('searchbox', { name: 'Filter the library' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await shot(page, `library-${scheme}`);

    // The reader with highlights in all three tag colours, and the selection toolbar over a fresh selection.
    await page.getByRole('row', { name: /^RE: Due Tonight.*Quincy Notreal/ }).click();
    await expect(page.locator('mark.hl').first()).toBeVisible();
    await select(page, 'they want more from Texas');
    await page.getByRole('toolbar', { name: 'Highlight the selection as' }).getByRole('button', { name: /response/ }).click();
    await expect(page.locator('mark.hl')).toHaveCount(3);
    await select(page, 'conviction dates and sentences exact');
    await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
    await shot(page, `reader-${scheme}`);

    await page.getByRole('row', { name: /^Due Tonight.*Harlan Placeholder/ }).click();
    await expect(page.locator('mark.hl').first()).toBeVisible();
    // A focused highlight shows its re-tag toolbar; its card in the sidebar has the note editor.
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    const note = page.getByRole('textbox', { name: 'Note' }).nth(1);
    await note.click();
    await note.fill('HQ sets a same-night deadline; compare with the 11 Feb reply from San Antonio.');
    await shot(page, `note-editor-${scheme}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' })).toBeVisible();
    await shot(page, `highlight-focused-${scheme}`);

    // Two highlights on the same words: the newer is drawn, the older keeps a small tab of its colour.
    await select(page, 'three most egregious cases');
    await page.keyboard.press('3');
    await expect(page.locator('mark.hl-marker')).toHaveCount(1);
    await shot(page, `overlap-${scheme}`);

    // A message with an attachment, scrolled to its list.
    await page.getByRole('row', { name: /^RE: Due Tonight.*Priya Mockridge/ }).click();
    const attachments = page.getByRole('region', { name: '1 attachment' });
    await attachments.scrollIntoViewIfNeeded();
    await expect(attachments).toBeVisible();
    await shot(page, `attachments-${scheme}`);

    // The story views: search results, the chronology, the codebook and the export dialog.
    await page.keyboard.press('Control+Shift+F');
    const search = page.getByRole('search', { name: 'Search the case' });
    await search.getByRole('combobox', { name: 'Search words' }).fill('tasking OR egregious');
    await expect(search.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await shot(page, `search-${scheme}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByRole('region', { name: 'Chronology' }).getByRole('listitem').first()).toBeVisible();
    await shot(page, `chronology-${scheme}`);
    await page.keyboard.press('Control+Shift+L');
    await page.keyboard.press('Control+Shift+K');
    await expect(page.getByRole('dialog', { name: 'Codebook' })).toBeVisible();
    await shot(page, `codebook-${scheme}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Codebook' })).toHaveCount(0);
    await page.keyboard.press('Control+Shift+E');
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    await shot(page, `export-${scheme}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);

    await memoScreens(page, casemark, scheme);

    // Back on the welcome screen, the cases opened before are listed.
    await casemark.app.service.newCase({ path: join(casemark.home, 'ice-2017-release.casemark'), title: 'ICE release 2017-ICLI-00026' });
    await casemark.app.service.closeCase({});
    await page.reload();
    await expect(page.getByRole('region', { name: 'Recent cases' })).toBeVisible();
    await shot(page, `welcome-recent-${scheme}`);

    await pdfScreens(page, casemark, scheme);

    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
  });
}
