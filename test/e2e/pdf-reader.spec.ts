// The page reader on a generated text release: a highlight made with the mouse across a page break is
// stored, drawn over the same words after a reload, re-tagged by key, shown in the message view too;
// find in the document, go to a stamp, zoom keys, copy; and no serious accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateRelease } from '../support/generate-release';
import { expect, test, type Casemark } from './harness';
import { annotations, documentText, drawnAndText, expectSameWords, messagesOf, openCaseWith, pdfPages, writeFile } from './steps';

// Each test imports a release first; on two busy cores that takes a while.
test.setTimeout(120_000);

async function openRelease(page: Page, casemark: Casemark) {
  const { bytes } = await generateRelease(8);
  const [result] = await openCaseWith(page, casemark, [writeFile(casemark, 'release.pdf', bytes)]);
  const documentId = result!.documentId!;
  return { documentId, pages: await pdfPages(casemark, documentId), text: await documentText(casemark, documentId), messages: await messagesOf(casemark, documentId) };
}

/**
 * The text layer's spans of a page (not the line breaks), with their canonical offsets and boxes, and
 * where the span's second word starts (its index in the span and the left of its first letter).
 */
async function spansOf(page: Page, pageIndex: number) {
  return page.locator(`.pdf-page[data-page-index="${pageIndex}"] .pdf-text > span:not(.pdf-gap)`).evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      const node = e.firstChild as Text;
      const found = node.data.indexOf(' ') + 1;
      const second = found > 0 && found < node.length && node.data[found] !== ' ' ? found : 0;
      const range = document.createRange();
      if (second > 0) {
        range.setStart(node, second);
        range.setEnd(node, second + 1);
      }
      const word = second > 0 ? { index: second, left: range.getBoundingClientRect().left } : null;
      return { text: e.textContent ?? '', offset: Number((e as HTMLElement).dataset.offset), left: r.left, right: r.right, top: r.top, bottom: r.bottom, word };
    }),
  );
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a highlight dragged across a page break is stored, survives a reload on the same words, and shows in the message view', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const { documentId, pages, messages } = await openRelease(page, casemark);
  // A printed email without quoted history that runs over two pages.
  const message = messages.find((m) => m.subject === 'Operation plan 4' && m.page !== null && m.pageEnd === m.page + 1)!;
  expect(message).toBeDefined();
  const first = message.page!;
  await page.getByRole('row', { name: /Operation plan 4/ }).filter({ hasNotText: 'RE:' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('button', { name: 'Pages', pressed: true })).toBeVisible();
  await expect(page.locator(`.pdf-page[data-page-index="${first}"][data-painted]`)).toBeVisible();

  // The break between the two pages in the middle of the view.
  await page.locator('.pdf-scroll').evaluate((element, next) => {
    const target = element.querySelector<HTMLElement>(`.pdf-page[data-page-index="${next}"]`)!;
    element.scrollTop = target.offsetTop - element.clientHeight / 2;
  }, first + 1);
  await expect(page.locator(`.pdf-page[data-page-index="${first + 1}"] .pdf-text > span`).first()).toBeAttached();
  // From the second word of the last line of body text on the first page to the middle of the first line on the next.
  const isStamp = (s: { text: string }) => /ICLI/.test(s.text);
  const from = (await spansOf(page, first)).filter((s) => !isStamp(s) && s.word).sort((a, b) => b.top - a.top)[0]!;
  const to = (await spansOf(page, first + 1)).filter((s) => !isStamp(s)).sort((a, b) => a.top - b.top)[0]!;
  await page.mouse.move(from.word!.left + 1, (from.top + from.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move(to.left + (to.right - to.left) / 2, (to.top + to.bottom) / 2, { steps: 15 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  await page.keyboard.press('1');

  await expect.poll(async () => (await annotations(casemark, documentId)).length).toBe(1);
  const [made] = await annotations(casemark, documentId);
  expect(made!.tags).toEqual(['order']);
  // It starts on the first page and ends on the next: one highlight across the break.
  expect(made!.start).toBe(from.offset + from.word!.index);
  expect(made!.start).toBeLessThan(pages[first]!.end);
  expect(made!.end).toBeGreaterThan(pages[first + 1]!.start);
  expect(made!.end).toBeLessThan(to.offset + to.text.length);
  expect(made!.quote).toContain(`${from.text.slice(from.word!.index).trim()}\n`);

  await page.reload();
  const drawnOn = (pageIndex: number) => page.locator(`.pdf-page[data-page-index="${pageIndex}"] .pdf-hl[data-annotation-id="${made!.id}"]`);
  await expect(drawnOn(first).first()).toBeVisible();
  await expect(drawnOn(first + 1).first()).toBeAttached();
  expectSameWords(await drawnAndText(page, first, made!.id, made!.start, made!.end));
  expectSameWords(await drawnAndText(page, first + 1, made!.id, made!.start, made!.end));

  // The same keys as the email reader on the focused highlight: re-tag, and the case's undo.
  const stop = page.locator(`[data-focus-for="${made!.id}"][tabindex="0"]`);
  await expect(stop).toHaveCount(1);
  await expect(stop).toHaveAttribute('role', 'button');
  await expect(stop).toHaveAttribute('aria-label', /^Highlight, order: “/);
  await stop.focus();
  await expect(page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' })).toBeVisible();
  expect(await seriousViolations(page), 'page reader with a focused highlight').toEqual([]);
  await page.keyboard.press('2');
  await expect.poll(async () => (await annotations(casemark, documentId))[0]?.tags).toEqual(['response']);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await annotations(casemark, documentId))[0]?.tags).toEqual(['order']);
  // Delete on the focused highlight removes it from both pages; undo brings it back.
  await page.locator(`[data-focus-for="${made!.id}"][tabindex="0"]`).focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await annotations(casemark, documentId)).length).toBe(0);
  await expect(page.locator(`.pdf-hl[data-annotation-id="${made!.id}"]`)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await annotations(casemark, documentId)).map((a) => a.id)).toEqual([made!.id]);
  await expect(drawnOn(first + 1).first()).toBeAttached();

  // The message view of the same printed email shows the same highlight, and back.
  await reader.getByRole('button', { name: 'Message' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Operation plan 4' })).toBeVisible();
  await expect(page.locator(`.reader-text mark[data-annotation-id="${made!.id}"]`).first()).toBeVisible();
  expect(await seriousViolations(page), 'message view of a PDF').toEqual([]);
  await page.getByRole('button', { name: 'Pages' }).click();
  await expect(drawnOn(first).first()).toBeVisible();

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('find in the document counts and marks its hits and steps with Enter; go to a stamp; zoom keys; FOIA marks; the emails beside the pages; copy', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const { pages, text, messages } = await openRelease(page, casemark);
  await page.getByRole('row').filter({ hasText: 'Tasking follow-up 1' }).first().click();
  await expect(page.locator('.pdf-page[data-painted]').first()).toBeVisible();
  expect(await seriousViolations(page), 'page reader').toEqual([]);

  // "Tasking" in any case, also across a line break: what the text holds is what is counted.
  const hits = [...text.matchAll(/tasking/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  expect(hits.length).toBeGreaterThan(3);
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await find.fill('TASKING');
  const status = page.locator('#pdf-find-status');
  await expect(status).toHaveText(new RegExp(`^[1-9]\\d* of ${hits.length}$`));
  /** The canonical offset of the character under the middle of the current hit's mark. */
  const underCurrent = () =>
    page.locator('.pdf-hit-current').first().evaluate((mark) => {
      const r = mark.getBoundingClientRect();
      const caret = document.caretPositionFromPoint(r.left + r.width / 2, r.top + r.height / 2)!;
      const span = caret.offsetNode.parentElement!.closest<HTMLElement>('[data-offset]')!;
      return Number(span.dataset.offset) + caret.offset;
    });
  const index = async () => Number((await status.textContent())!.split(' ')[0]) - 1;
  const shown = await index();
  await expect(page.locator('.pdf-hit-current')).toBeVisible();
  let at = await underCurrent();
  expect(at).toBeGreaterThanOrEqual(hits[shown]!.start);
  expect(at).toBeLessThan(hits[shown]!.end);
  const next = (shown + 1) % hits.length;
  await find.press('Enter');
  await expect(status).toHaveText(`${next + 1} of ${hits.length}`);
  await expect.poll(underCurrent).toBeGreaterThanOrEqual(hits[next]!.start);
  at = await underCurrent();
  expect(at).toBeLessThan(hits[next]!.end);
  await find.press('Shift+Enter');
  await expect(status).toHaveText(`${shown + 1} of ${hits.length}`);
  expect(await page.locator('.pdf-hit').count()).toBeGreaterThan(1);

  // Ctrl+F in the reader goes to its own find field (elsewhere it filters the library).
  await page.getByRole('region', { name: /^Pages of / }).focus();
  await page.keyboard.press('Control+f');
  await expect(find).toBeFocused();

  // Go to a page by its stamp, then by its number.
  const goTo = page.getByRole('textbox', { name: 'Go to page or stamp' });
  await goTo.fill(pages[4]!.stamp!.split(' ')[1]!);
  await goTo.press('Enter');
  await expect(goTo).toHaveValue('5');
  await expect(page.locator('.pdf-page[data-page-index="4"]')).toBeInViewport();
  await goTo.fill('9');
  await goTo.press('Enter');
  await expect(page.locator('.pdf-page[data-page-index="8"]')).toBeInViewport();

  // Zoom keys inside the reader: in, out, back to the width.
  const zoom = page.getByRole('status', { name: 'Zoom level' }).or(page.locator('.pdf-zoom-value'));
  const fitted = await zoom.textContent();
  const width = async () => (await page.locator('.pdf-page[data-page-index="8"] .pdf-sheet').boundingBox())!.width;
  const fittedWidth = await width();
  await page.getByRole('region', { name: /^Pages of / }).focus();
  await page.keyboard.press('Control+=');
  await expect(page.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'false');
  await expect(zoom).not.toHaveText(fitted!);
  await expect.poll(width).toBeGreaterThan(fittedWidth);
  await page.keyboard.press('Control+0');
  await expect(zoom).toHaveText(fitted!);
  await expect(page.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'true');

  // FOIA marks on a page: its redaction boxes outlined and named, its exemption codes in its strip.
  const marked = pages.findIndex((p, i) => i >= 7 && i <= 9 && p.redactions.length > 0 && p.exemptions.length > 0);
  const strip = page.locator(`.pdf-page[data-page-index="${marked}"]`);
  await expect(strip.getByRole('img', { name: 'Redacted area' })).toHaveCount(pages[marked]!.redactions.length);
  await expect(strip.locator('.pdf-page-head .pdf-code')).toHaveText(pages[marked]!.exemptions);
  const redactions = pages.reduce((n, p) => n + p.redactions.length, 0);
  await expect(page.locator('.pdf-foia')).toHaveAttribute('aria-label', new RegExp(`^FOIA marks: ${redactions} redaction boxes; exemptions \\(b\\)\\(6\\) on `));

  // The printed emails beside the pages: a click opens the email at its page.
  await page.getByRole('button', { name: 'Page list' }).click();
  await page.getByRole('tab', { name: /Emails/ }).click();
  await page.getByRole('navigation', { name: 'Pages and emails of the release' }).getByRole('button', { name: /RE: Case summary request 6/ }).first().click();
  const opened = [...messages].sort((a, b) => a.start - b.start).find((m) => m.subject === 'RE: Case summary request 6')!;
  await expect(goTo).toHaveValue(String(opened.page! + 1));
  await expect(page.locator('.library-row[aria-current="true"]')).toContainText('RE: Case summary request 6');
  await page.getByRole('button', { name: 'Page list' }).click();

  // Copying a selection over two lines gives the canonical text with its line break.
  const copied = await page.evaluate(() => {
    const spans = Array.from(document.querySelectorAll<HTMLElement>('.pdf-page[data-page-index="8"] .pdf-text > span:not(.pdf-gap)'));
    const [a, b] = [spans[3]!, spans[4]!];
    window.getSelection()!.setBaseAndExtent(a.firstChild!, 2, b.firstChild!, 3);
    const data = new DataTransfer();
    a.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return { copied: data.getData('text/plain'), start: Number(a.dataset.offset) + 2, end: Number(b.dataset.offset) + 3 };
  });
  expect(copied.copied).toBe(text.slice(copied.start, copied.end));
  expect(copied.copied).toContain('\n');

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
