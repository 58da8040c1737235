// Golden tests of the DOM-selection → canonical-offset mapping (renderer/src/selection-offsets.ts) in a real
// Chromium DOM: a hand-written fixture of spans with data-offset and marks around highlighted runs, and the
// DOM the reader's read-only Lexical editor really renders (renderer/src/reader-editor/reader-content.ts).
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

// Offsets 100…: the body of a message never starts at 0 (its header lines come first in the canonical text).
const FIXTURE = `
  <p id="before">From: someone</p>
  <div id="root" style="white-space: pre-wrap"><span data-offset="100">Hello </span><mark data-annotation-id="a" data-focus-for="a" tabindex="0"><span data-offset="106">big</span></mark><mark id="marker" data-annotation-id="b" data-focus-for="b" tabindex="0"></mark><mark data-annotation-id="b"><span data-offset="109"> world</span></mark><span data-offset="115">.
Next line</span></div>
  <p id="after">Sidebar</p>`;
const TEXT_END = 126;

let bundle = '';
let readerBundle = '';

/** What READER_ENTRY exports, as the page sees it (window.Reader). */
type ReaderApi = typeof import('../../renderer/src/selection-offsets') &
  Pick<typeof import('lexical'), 'createEditor'> &
  Pick<typeof import('../../renderer/src/highlight-layout'), 'layoutHighlights'> &
  Pick<typeof import('../../renderer/src/reader-editor/reader-content'), '$showReaderContent'> &
  Pick<typeof import('../../renderer/src/reader-editor/OffsetTextNode'), 'OffsetTextNode'> &
  Pick<typeof import('../../renderer/src/reader-editor/HighlightMarkNode'), 'HighlightMarkNode'> &
  Pick<typeof import('../../renderer/src/reader-editor/HighlightMarkerNode'), 'HighlightMarkerNode'>;

/** The reader's content builder, its nodes and Lexical itself, as one script for the page. */
const READER_ENTRY = `
export { createEditor } from 'lexical';
export { layoutHighlights } from './renderer/src/highlight-layout';
export { rangeOffsets, boundaryOffset, pointAt, textBounds } from './renderer/src/selection-offsets';
export { $showReaderContent } from './renderer/src/reader-editor/reader-content';
export { HighlightMarkNode } from './renderer/src/reader-editor/HighlightMarkNode';
export { HighlightMarkerNode } from './renderer/src/reader-editor/HighlightMarkerNode';
export { OffsetTextNode } from './renderer/src/reader-editor/OffsetTextNode';
`;

test.beforeAll(async () => {
  const out = await build({ entryPoints: ['renderer/src/selection-offsets.ts'], bundle: true, format: 'iife', globalName: 'SelectionOffsets', write: false, target: 'es2022' });
  bundle = out.outputFiles[0]!.text;
  const reader = await build({
    stdin: { contents: READER_ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Reader',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  readerBundle = reader.outputFiles[0]!.text;
});

async function load(page: Page): Promise<void> {
  // about:blank: no CSP, so the module can be injected as a script; no request leaves the page.
  await page.setContent(FIXTURE);
  await page.addScriptTag({ content: bundle });
}

type Point = [selector: string, childPath: number[], offset: number];

/** Offsets of a range between two points, each a node found by selector and child indexes. */
async function offsets(page: Page, start: Point, end: Point): Promise<unknown> {
  return page.evaluate(
    ([s, e]) => {
      const find = ([selector, path]: Point) => path.reduce<Node>((node, i) => node.childNodes[i]!, document.querySelector(selector)!);
      const range = document.createRange();
      range.setStart(find(s), s[2]);
      range.setEnd(find(e), e[2]);
      const api = (window as unknown as { SelectionOffsets: typeof import('../../renderer/src/selection-offsets') }).SelectionOffsets;
      return api.rangeOffsets(document.getElementById('root')!, range);
    },
    [start, end] as const,
  );
}

test('boundaries in text nodes add the offset within the node to the span’s data-offset', async ({ page, blockedRequests, consoleErrors }) => {
  await load(page);
  expect(await offsets(page, ['#root', [0, 0], 2], ['#root', [4, 0], 1])).toEqual({ start: 102, end: 116 });
  // Wholly inside a highlighted run.
  expect(await offsets(page, ['#root', [1, 0, 0], 0], ['#root', [1, 0, 0], 3])).toEqual({ start: 106, end: 109 });
  // Across a line break: the newline is one character of the canonical text.
  expect(await offsets(page, ['#root', [4, 0], 0], ['#root', [4, 0], 6])).toEqual({ start: 115, end: 121 });
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('boundaries between elements map to the next text, and markers take no text', async ({ page, blockedRequests }) => {
  await load(page);
  // (root, 0)…(root, childCount): the whole text.
  expect(await offsets(page, ['#root', [], 0], ['#root', [], 5])).toEqual({ start: 100, end: TEXT_END });
  // Just before the marker, and inside the (empty) marker: both are offset 109.
  expect(await offsets(page, ['#root', [], 2], ['#root', [], 4])).toEqual({ start: 109, end: 115 });
  expect(await offsets(page, ['#marker', [], 0], ['#root', [3], 1])).toEqual({ start: 109, end: 115 });
  // Element boundary inside a mark: before its span, and after it.
  expect(await offsets(page, ['#root', [1], 0], ['#root', [1], 1])).toEqual({ start: 106, end: 109 });
  expect(blockedRequests).toEqual([]);
});

test('points outside the text clamp to its ends; empty selections give null', async ({ page, blockedRequests }) => {
  await load(page);
  expect(await offsets(page, ['#before', [0], 3], ['#root', [2 + 1, 0, 0], 3])).toEqual({ start: 100, end: 112 });
  expect(await offsets(page, ['#root', [0, 0], 4], ['#after', [0], 2])).toEqual({ start: 104, end: TEXT_END });
  expect(await offsets(page, ['#before', [0], 0], ['#after', [0], 2])).toEqual({ start: 100, end: TEXT_END });
  expect(await offsets(page, ['#before', [0], 0], ['#before', [0], 4])).toBeNull();
  expect(await offsets(page, ['#after', [0], 0], ['#after', [0], 4])).toBeNull();
  expect(await offsets(page, ['#root', [0, 0], 3], ['#root', [0, 0], 3])).toBeNull();
  expect(blockedRequests).toEqual([]);
});

test('a backwards selection made with the Selection API reads the same as a forwards one', async ({ page, blockedRequests }) => {
  await load(page);
  const read = await page.evaluate(() => {
    const root = document.getElementById('root')!;
    const selection = window.getSelection()!;
    const world = root.childNodes[3]!.firstChild!.firstChild!;
    const hello = root.firstChild!.firstChild!;
    selection.setBaseAndExtent(world, 4, hello, 1);
    const api = (window as unknown as { SelectionOffsets: typeof import('../../renderer/src/selection-offsets') }).SelectionOffsets;
    return api.selectionOffsets(root);
  });
  expect(read).toEqual({ start: 101, end: 113 });
  expect(blockedRequests).toEqual([]);
});

// Canonical text as the reader gets it: a header before the body, blank lines, a tab, non-BMP characters.
const LEXICAL_TEXT = 'Subject: x\n\nAll,\n\nThe three most egregious cases\n\tare due 🕛 tonight.\nThanks,\nH.\n';
const BODY_FROM = 12;

/** Highlights on LEXICAL_TEXT: overlapping, nested, across line breaks, and two on the same words. */
const HIGHLIGHTS: Record<string, readonly [quote: string, createdAt: string]> = {
  a: ['three most egregious', '2024-01-01'],
  b: ['egregious cases\n\tare', '2024-01-01'],
  c: ['three most egregious', '2024-06-01'],
  d: ['tonight.\nThanks', '2024-01-01'],
  e: ['🕛', '2024-01-01'],
};

/**
 * Renders LEXICAL_TEXT[BODY_FROM…] into #root through the reader's Lexical editor with the given highlights;
 * called again, it updates the same editor (replacing only the pieces that changed).
 */
async function renderWithLexical(page: Page, ids: readonly string[]): Promise<void> {
  if ((await page.locator('#root').count()) === 0) {
    await page.setContent('<p id="before">From: someone</p><div id="root" style="white-space: pre-wrap"></div><p id="after">Sidebar</p>');
    await page.addScriptTag({ content: readerBundle });
  }
  await page.evaluate(
    ([text, from, chosen]) => {
      const w = window as unknown as { Reader: ReaderApi; editor?: ReturnType<ReaderApi['createEditor']>; built?: ReturnType<ReaderApi['$showReaderContent']> };
      const api = w.Reader;
      if (!w.editor) {
        w.editor = api.createEditor({
          editable: false,
          nodes: [api.OffsetTextNode, api.HighlightMarkNode, api.HighlightMarkerNode],
          onError: (error: Error) => {
            throw error;
          },
        });
        w.editor.setRootElement(document.getElementById('root'));
      }
      const highlights = chosen.map(([id, quote, createdAt]) => ({ id, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, createdAt }));
      const pieces = api.layoutHighlights(from, text.length, highlights);
      w.editor.update(() => void (w.built = api.$showReaderContent(w.built ?? null, text, pieces, pieces.map((p) => JSON.stringify(p)))), { discrete: true });
    },
    [LEXICAL_TEXT, BODY_FROM, ids.map((id) => [id, ...HIGHLIGHTS[id]!] as const)] as const,
  );
}

/** Every range between two offsets of the body, made from pointAt's DOM points: what it reads as and what it shows. */
async function roundTrips(page: Page): Promise<string[]> {
  return page.evaluate(
    ([text, from]) => {
      const api = (window as unknown as { Reader: ReaderApi }).Reader;
      const root = document.getElementById('root')!;
      const failures: string[] = [];
      for (let start = from; start <= text.length; start++) {
        for (let end = start + 1; end <= text.length; end++) {
          const a = api.pointAt(root, start)!;
          const b = api.pointAt(root, end)!;
          const range = document.createRange();
          range.setStart(a.node, a.offset);
          range.setEnd(b.node, b.offset);
          const read = api.rangeOffsets(root, range);
          if (read?.start !== start || read.end !== end) failures.push(`${start}-${end} read as ${JSON.stringify(read)}`);
          if (range.toString() !== text.slice(start, end)) failures.push(`${start}-${end} shows ${JSON.stringify(range.toString())}`);
        }
      }
      return failures;
    },
    [LEXICAL_TEXT, BODY_FROM] as const,
  );
}

test('the Lexical reader: every range between two offsets maps back to them, and reads as that canonical text', async ({ page, blockedRequests, consoleErrors }) => {
  await renderWithLexical(page, ['a', 'b', 'c', 'd']);
  expect(await roundTrips(page)).toEqual([]);
  const root = page.locator('#root');
  expect(await root.evaluate((element) => (window as unknown as { Reader: ReaderApi }).Reader.textBounds(element))).toEqual({ start: BODY_FROM, end: LEXICAL_TEXT.length });
  // The overlaps are really drawn: a marker for a (hidden under c, newer, on the same words), runs for the rest.
  await expect(root.locator('mark.hl-marker')).toHaveCount(1);
  await expect(root.locator('mark.hl-overlap')).not.toHaveCount(0);

  // Updated in place: b goes, e comes; the pieces that did not change keep their elements.
  const kept = await root.locator('mark[data-annotation-id="d"]').elementHandle();
  await renderWithLexical(page, ['a', 'c', 'd', 'e']);
  expect(await roundTrips(page)).toEqual([]);
  expect(await kept!.evaluate((element) => element.isConnected)).toBe(true);
  await expect(root.locator('mark[data-annotation-id="b"]')).toHaveCount(0);
  await expect(root.locator('mark[data-annotation-id="e"]')).toHaveText('🕛');
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('the Lexical reader: points between elements (paragraph, marks, marker) map to the next text', async ({ page, blockedRequests }) => {
  await renderWithLexical(page, ['a', 'b', 'c', 'd']);
  const read = await page.evaluate(() => {
    const api = (window as unknown as { Reader: ReaderApi }).Reader;
    const root = document.getElementById('root')!;
    const paragraph = root.querySelector('p')!;
    const marker = root.querySelector('mark.hl-marker')!;
    const index = Array.prototype.indexOf.call(paragraph.childNodes, marker);
    return {
      rootStart: api.boundaryOffset(root, root, 0),
      paragraphEnd: api.boundaryOffset(root, paragraph, paragraph.childNodes.length),
      beforeMarker: api.boundaryOffset(root, paragraph, index),
      insideMarker: api.boundaryOffset(root, marker, 0),
      afterMarker: api.boundaryOffset(root, paragraph, index + 1),
    };
  });
  expect(read.rootStart).toBe(BODY_FROM);
  expect(read.paragraphEnd).toBe(LEXICAL_TEXT.length);
  expect(read.beforeMarker).toBe(LEXICAL_TEXT.indexOf('three'));
  expect(read.insideMarker).toBe(LEXICAL_TEXT.indexOf('three'));
  expect(read.afterMarker).toBe(LEXICAL_TEXT.indexOf('three'));
  expect(blockedRequests).toEqual([]);
});
