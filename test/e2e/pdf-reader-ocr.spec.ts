// The page reader on a scanned release from the corpus (CCITT images, no text layer; the importer OCRs
// it): the scan is painted through pdf.js's JavaScript decoders, a word double-clicked on an OCR'd page
// becomes a highlight drawn over that word, and the release's printed emails are listed beside the pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness';
import { annotations, documentText, drawnAndText, expectSameWords, inkShare, openCaseWith, pdfPages } from './steps';

const CORPUS = process.env.CASEMARK_CORPUS;
const SCAN = CORPUS ? join(CORPUS, 'foia-pdf', 'dcbega_Grimaldi-emails.pdf') : '';

test.skip(!CORPUS || !existsSync(SCAN), 'CASEMARK_CORPUS is not set (point it at ../shared/corpus); scanned-PDF reader spec skipped');
// OCR of six pages at 300 dpi comes first.
test.setTimeout(300_000);

test('a word on an OCR’d page of a scanned release is highlighted where it is printed', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const [result] = await openCaseWith(page, casemark, [SCAN]);
  const documentId = result!.documentId!;
  const pages = await pdfPages(casemark, documentId);
  const text = await documentText(casemark, documentId);
  const scanned = pages.find((p) => p.ocr && p.end - p.start > 200 && p.pageIndex > 0) ?? pages.find((p) => p.ocr)!;
  expect(scanned, 'the importer OCRs the scan').toBeDefined();

  await page.getByRole('row').filter({ hasText: 'Grimaldi' }).first().or(page.getByRole('row').nth(2)).first().click();
  const goTo = page.getByRole('textbox', { name: 'Go to page or stamp' });
  await goTo.fill(String(scanned.pageIndex + 1));
  await goTo.press('Enter');
  const sheet = page.locator(`.pdf-page[data-page-index="${scanned.pageIndex}"]`);
  await expect(sheet.and(page.locator('[data-painted]'))).toBeVisible();
  await expect(sheet).toHaveAttribute('aria-label', new RegExp(`^Page ${scanned.pageIndex + 1} of ${pages.length}`));
  await expect(sheet.locator('.pdf-page-head')).toContainText(/OCR \d+%/);
  // The CCITT scan was decoded (without WebAssembly) and painted: the page has ink.
  expect(await inkShare(page, scanned.pageIndex)).toBeGreaterThan(0.005);

  // A word of five letters or more in the OCR text, under the mouse: a double-click selects it.
  const target = await sheet.locator('.pdf-text > span:not(.pdf-gap)').evaluateAll((spans) => {
    for (const span of spans as HTMLElement[]) {
      const node = span.firstChild as Text;
      const match = /\b[A-Za-z]{5,}\b/.exec(node.data);
      if (!match) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const r = range.getBoundingClientRect();
      if (r.top < 150 || r.bottom > window.innerHeight - 40) continue;
      return { word: match[0], start: Number(span.dataset.offset) + match.index, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  expect(target, 'a word in view on the OCR’d page').not.toBeNull();
  await page.mouse.dblclick(target!.x, target!.y);
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  await page.keyboard.press('3');

  await expect.poll(async () => (await annotations(casemark, documentId)).length).toBe(1);
  const [made] = await annotations(casemark, documentId);
  expect(made!.quote.trim()).toBe(target!.word);
  expect(made!.start).toBe(target!.start);
  expect(text.slice(made!.start, made!.start + target!.word.length)).toBe(target!.word);
  expect(made!.tags).toEqual(['failure report']);
  await expect(sheet.locator(`.pdf-hl[data-annotation-id="${made!.id}"]`)).toHaveCount(1);
  expectSameWords(await drawnAndText(page, scanned.pageIndex, made!.id, made!.start, made!.end));

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
