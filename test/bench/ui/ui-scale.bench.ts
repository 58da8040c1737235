// The UI at release scale in the e2e harness (bench only: `npm run bench` runs it through scripts/e2e.mjs
// with ./playwright.config.ts, on the cases it built): the long release in the page reader (first page,
// and the DOM while scrolling through it), the library of the mail case, and the sidebar of the release
// holding the case's highlights. Times are measured in the page and written as JSON, never asserted.
import type { Page } from '@playwright/test';
import { APP_URL, expect, test, type Casemark } from '../../e2e/harness';
import { countOf, domNodes, longestTask, recordCalls, seenAt, watchPage, type ServiceCall } from './page-clock';
import { readInput, writeFigures, type CallCount } from './ui-input';

const input = readInput();
/** How long a measured wait may take before the figure is reported as not reached. */
const WAIT_MS = input.quick ? 120_000 : 900_000;
const ROWS = '[role="treegrid"] [role="row"]:has([role="gridcell"])';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Waits for `n` animation frames: long enough for a virtualised list to draw what scrolled into view. */
const frames = (page: Page, n: number) =>
  page.evaluate((count) => new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(count);
  }), n);

/** The service calls the window made so far, by method, in the order first made. */
function countCalls(calls: readonly ServiceCall[]): CallCount[] {
  const byName = new Map<string, CallCount>();
  for (const c of calls) {
    const entry = byName.get(c.name) ?? { name: c.name, calls: 0, ms: 0 };
    entry.calls += 1;
    entry.ms += c.ms;
    byName.set(c.name, entry);
  }
  return [...byName.values()];
}

async function openWindow(page: Page, casemark: Casemark, path: string): Promise<{ id: string; calls: ServiceCall[] }> {
  const info = await casemark.app.service.openCase({ path });
  if (!info) throw new Error(`${path} did not open`);
  return { id: info.id, calls: recordCalls(casemark.app.service) };
}

test('the long release: first page painted, and a bounded DOM while scrolling through it', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const { pages } = input.release;
  await openWindow(page, casemark, input.release.path);
  await watchPage(page, []);
  await page.goto(APP_URL);
  await expect(page.locator('.pdf-page[data-painted]').first()).toBeVisible({ timeout: WAIT_MS });
  const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('casemark:pdf-page-painted')[0]?.startTime ?? null);
  const domNodesAtOpen = await domNodes(page);
  let maxDomNodes = domNodesAtOpen;
  let maxPageElements = await countOf(page, '.pdf-page');

  // Top to bottom in even jumps, each time until a page where it landed is painted.
  const stops = input.quick ? 6 : 20;
  const jumps: number[] = [];
  const scroller = page.locator('.pdf-scroll');
  for (let s = 1; s <= stops; s++) {
    const fraction = s / stops;
    const near = Math.round(fraction * (pages - 1));
    const started = Date.now();
    await scroller.evaluate((element, f) => {
      element.scrollTop = f * (element.scrollHeight - element.clientHeight);
    }, fraction);
    await page.waitForFunction(
      ([from, to]) =>
        Array.from(document.querySelectorAll<HTMLElement>('.pdf-page[data-painted]')).some((e) => {
          const index = Number(e.dataset.pageIndex);
          return index >= from && index <= to;
        }),
      [near - 3, near + 3] as const,
      { timeout: WAIT_MS },
    );
    jumps.push(Date.now() - started);
    maxDomNodes = Math.max(maxDomNodes, await domNodes(page));
    maxPageElements = Math.max(maxPageElements, await countOf(page, '.pdf-page'));
  }
  await expect(page.locator(`.pdf-page[data-page-index="${pages - 1}"]`)).toBeVisible();
  await page.screenshot({ path: 'test-results/bench/release-end.png' });

  writeFigures(input.out, 'release', {
    pages,
    firstPaintMs,
    domNodesAtOpen,
    stops,
    medianJumpPaintMs: median(jumps),
    maxDomNodes,
    maxPageElements,
    longestTaskMs: await longestTask(page),
  });
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('the library of the mail case: time to its list, and a bounded DOM from top to bottom', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const { calls } = await openWindow(page, casemark, input.mail.path);
  await watchPage(page, [{ name: 'rows', selector: ROWS }]);
  await page.goto(APP_URL);
  const listVisibleMs = await seenAt(page, 'rows', WAIT_MS);
  const madeBy = countCalls(calls);
  const grid = page.getByRole('treegrid', { name: 'Messages and documents' });
  const rowsListed = Number(await grid.getAttribute('aria-rowcount')) - 1;
  expect(rowsListed).toBeGreaterThanOrEqual(input.mail.messages);
  const rowsAtOpen = await countOf(page, ROWS);
  let maxRows = rowsAtOpen;
  let maxDomNodes = await domNodes(page);
  for (const fraction of [0.5, 1]) {
    await grid.evaluate((element, f) => {
      element.scrollTop = f * (element.scrollHeight - element.clientHeight);
    }, fraction);
    // The rows there drawn: the last row at the end; in the middle, one within a screenful of it.
    const near = Math.round(fraction * rowsListed) + 1;
    await page.waitForFunction(
      ([selector, from, to]) => Array.from(document.querySelectorAll(selector)).some((r) => Number(r.getAttribute('aria-rowindex')) >= from && Number(r.getAttribute('aria-rowindex')) <= to),
      [ROWS, fraction === 1 ? rowsListed + 1 : near - 40, fraction === 1 ? rowsListed + 1 : near + 40] as const,
      { timeout: WAIT_MS },
    );
    maxRows = Math.max(maxRows, await countOf(page, ROWS));
    maxDomNodes = Math.max(maxDomNodes, await domNodes(page));
  }
  await page.screenshot({ path: 'test-results/bench/library-end.png' });

  writeFigures(input.out, 'library', { messages: input.mail.messages, rowsListed, listVisibleMs, rowsAtOpen, maxRows, maxDomNodes, longestTaskMs: await longestTask(page), calls: madeBy });
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('the sidebar of the release holding the case’s highlights: time to ready, and its DOM', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const { highlights, releaseId } = input.annotated;
  const { id, calls } = await openWindow(page, casemark, input.annotated.path);
  // The window reopens on the item it last showed (view-memory.ts): a printed email of the release.
  const [message] = await casemark.app.service.listMessages({ documentId: releaseId });
  expect(message).toBeDefined();
  calls.length = 0;
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [`casemark:open:${id}`, `m${message!.id}`] as const);
  await watchPage(page, [
    { name: 'rows', selector: ROWS },
    { name: 'count', selector: '#sidebar-title .pane-count', text: String(highlights) },
    { name: 'card', selector: '.sidebar .hl-card' },
  ]);
  await page.goto(APP_URL);
  const count = await seenAt(page, 'count', WAIT_MS);
  const card = count === null ? null : await seenAt(page, 'card', WAIT_MS);
  const readyMs = count === null || card === null ? null : Math.max(count, card);
  const madeBy = countCalls(calls);
  const libraryMs = await seenAt(page, 'rows', 1_000);
  await expect(page.locator('.pdf-page[data-painted]').first()).toBeVisible({ timeout: WAIT_MS });
  const firstPageMs = await page.evaluate(() => performance.getEntriesByName('casemark:pdf-page-painted')[0]?.startTime ?? null);
  await page.screenshot({ path: 'test-results/bench/sidebar-open.png' });
  let cardsInDom = await countOf(page, '.hl-card');
  let maxDomNodes = await domNodes(page);
  if (readyMs !== null) {
    await page.locator('.sidebar-scroll').evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await frames(page, 2);
    cardsInDom = Math.max(cardsInDom, await countOf(page, '.hl-card'));
    maxDomNodes = Math.max(maxDomNodes, await domNodes(page));
  }

  writeFigures(input.out, 'sidebar', {
    highlights,
    readyMs,
    waitedS: WAIT_MS / 1000,
    libraryMs,
    firstPageMs,
    cardsInDom,
    maxDomNodes,
    longestTaskMs: await longestTask(page),
    calls: madeBy,
  });
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
