// Golden tests of the DOM-selection → canonical-offset mapping (renderer/src/selection-offsets.ts) in a real
// Chromium DOM, built the way the reader renders text: spans with data-offset, marks around highlighted runs.
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

test.beforeAll(async () => {
  const out = await build({ entryPoints: ['renderer/src/selection-offsets.ts'], bundle: true, format: 'iife', globalName: 'SelectionOffsets', write: false, target: 'es2022' });
  bundle = out.outputFiles[0]!.text;
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
