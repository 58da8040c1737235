// A 5,000-page release in the page reader: the DOM holds only the pages in view and a margin, however
// far the user scrolls, and the last page renders. Time to the first painted page and the DOM's size are
// measured and printed (performance is reported, never asserted as a time).
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { join } from 'node:path';
import { APP_URL, expect, test } from './harness';
import { pdfPages, writeFile } from './steps';

const PAGES = 5_000;
/** Page elements the DOM may hold at once: the pages in view at the narrowest zoom and one more each way. */
const MAX_PAGE_ELEMENTS = 12;

test.setTimeout(600_000);

/**
 * One or two lines and a Bates stamp per page: quick to make, a real text layer on every page, and
 * (without object streams) about 3 MB, so the reader reads it in ranges as a large release is read.
 */
async function longRelease(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= PAGES; i++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`Entry ${i} of the daily detention report, released in part.`, { x: 72, y: 700, size: 11, font });
    if (i % 3 === 0) page.drawText(`Officer names withheld under (b)(6), page ${i}.`, { x: 72, y: 684, size: 11, font });
    page.drawText(`2019-LONG-00042 ${String(i).padStart(6, '0')}`, { x: 440, y: 30, size: 9, font });
  }
  return doc.save({ useObjectStreams: false });
}

test(`a ${PAGES.toLocaleString('en-US')}-page release keeps the DOM small while scrolling and renders its last page`, async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const made = Date.now();
  const bytes = await longRelease();
  const path = writeFile(casemark, 'long-release.pdf', bytes);
  const generated = Date.now();
  await casemark.app.service.newCase({ path: join(casemark.home, 'long.casemark'), title: 'Long release' });
  const [result] = await casemark.app.service.importFiles({ paths: [path] });
  expect(result!.status).toBe('imported');
  const imported = Date.now();
  const pages = await pdfPages(casemark, result!.documentId!);
  expect(pages).toHaveLength(PAGES);
  expect(pages.at(-1)!.stamp).toBe(`2019-LONG-00042 ${String(PAGES).padStart(6, '0')}`);

  // The window opens on the case, and the case on its only document: the release in the page reader.
  const pageElements = page.locator('.pdf-page');
  const opening = Date.now();
  await page.goto(APP_URL);
  // Measured, not asserted: the wait is only bounded so a broken reader fails rather than hangs.
  await expect(page.locator('.pdf-page[data-painted]').first()).toBeVisible({ timeout: 120_000 });
  const firstPaint = Date.now() - opening;
  // The reader's own marks, from the navigation: the reader asked for the release, had its pages, had
  // its text, had the PDF open in pdf.js, and painted the first page.
  const marks = await page.evaluate(() => {
    const at = (name: string) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN);
    return { start: at('casemark:pdf-start'), pages: at('casemark:pdf-pages'), text: at('casemark:pdf-text'), open: at('casemark:pdf-open'), painted: at('casemark:pdf-page-painted') };
  });
  for (const value of Object.values(marks)) expect(value).toBeGreaterThan(0);
  const domAtOpen = await page.evaluate(() => document.getElementsByTagName('*').length);
  const counts = [await pageElements.count()];

  const scroller = page.locator('.pdf-scroll');
  const domNodes: number[] = [domAtOpen];
  // Half-way down, then to the very end, each time waiting for the pages there to be drawn.
  for (const [where, expected] of [
    [0.5, Math.floor(PAGES / 2)],
    [1, PAGES - 1],
  ] as const) {
    await scroller.evaluate((element, fraction) => {
      element.scrollTop = fraction * (element.scrollHeight - element.clientHeight);
    }, where);
    const near = page.locator(`.pdf-page[data-page-index="${expected}"]`);
    await expect(where === 1 ? near.and(page.locator('[data-painted]')) : near).toBeVisible({ timeout: 60_000 });
    counts.push(await pageElements.count());
    domNodes.push(await page.evaluate(() => document.getElementsByTagName('*').length));
  }
  for (const count of counts) expect(count).toBeLessThanOrEqual(MAX_PAGE_ELEMENTS);
  // The last page is drawn with its text over it.
  const last = page.locator(`.pdf-page[data-page-index="${PAGES - 1}"]`);
  await expect(last.locator('.pdf-text > span').first()).toHaveText(/Entry 5000 of the daily detention report/);
  await expect(page.getByRole('textbox', { name: 'Go to page or stamp' })).toHaveValue(String(PAGES));

  // Going to a stamp far away brings its page in, still with a small DOM.
  const goTo = page.getByRole('textbox', { name: 'Go to page or stamp' });
  await goTo.fill('2019-LONG-00042 001234');
  await goTo.press('Enter');
  await expect(page.locator('.pdf-page[data-page-index="1233"][data-painted]')).toBeVisible({ timeout: 60_000 });
  expect(await pageElements.count()).toBeLessThanOrEqual(MAX_PAGE_ELEMENTS);

  console.log(
    `${PAGES}-page release: generated in ${generated - made} ms (${(bytes.byteLength / 1e6).toFixed(1)} MB), imported in ${imported - generated} ms; ` +
      `first page painted ${firstPaint} ms after the window opened (marks from navigation: reader starts ${marks.start} ms, pages ${marks.pages} ms, text ${marks.text} ms, ` +
      `PDF open ${marks.open} ms, first page painted ${marks.painted} ms); page elements in the DOM ${counts.join(', ')} (open, middle, end); ` +
      `DOM elements ${domNodes.join(', ')} (open, middle, end)`,
  );
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
