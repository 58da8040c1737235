// Steps the end-to-end specs share: open the sample case or a case of imported files, select words in the reader,
// read the case's annotations, documents' text, pages and messages.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { AnnotationView, ImportResult, MessageSummary, PageView } from '../../shared/model';
import { APP_URL, expect, type Casemark } from './harness';

export async function openSample(page: Page): Promise<void> {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Open sample case' }).click();
  await expect(page.getByRole('treegrid', { name: 'Messages and documents' })).toBeVisible();
}

/** Selects words in the reader through the Selection API (the mouse path has its own spec). */
export async function select(page: Page, words: string): Promise<void> {
  await page.evaluate((target) => {
    const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(target);
      if (at < 0) continue;
      window.getSelection()!.setBaseAndExtent(node, at, node, at + target.length);
      return;
    }
    throw new Error(`"${target}" is not in the reader`);
  }, words);
}

/** The annotations of the open case, read through the service the window uses. */
export async function annotations(casemark: Casemark, documentId?: number): Promise<AnnotationView[]> {
  const result = await dispatch(casemark.app.service, 'listAnnotations', documentId ? { documentId } : {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AnnotationView[];
}

/** Writes a file into the test's home folder (e.g. a generated PDF to import) and returns its path. */
export function writeFile(casemark: Casemark, name: string, bytes: Uint8Array): string {
  const path = join(casemark.home, name);
  writeFileSync(path, bytes);
  return path;
}

/** Creates a case, imports files into it through the service, then opens the window on it. */
export async function openCaseWith(page: Page, casemark: Casemark, paths: string[], title = 'Release under review'): Promise<ImportResult[]> {
  await casemark.app.service.newCase({ path: join(casemark.home, 'release.casemark'), title });
  const results = await casemark.app.service.importFiles({ paths });
  for (const r of results) if (r.status !== 'imported') throw new Error(`${r.path} was not imported: ${r.error ?? r.status}`);
  await page.goto(APP_URL);
  await expect(page.getByRole('treegrid', { name: 'Messages and documents' })).toBeVisible();
  return results;
}

/** The canonical text of a document, as main stores it. */
export async function documentText(casemark: Casemark, documentId: number): Promise<string> {
  const result = await dispatch(casemark.app.service, 'documentText', { documentId });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { text: string }).text;
}

/** The pages main knows of a PDF document. */
export async function pdfPages(casemark: Casemark, documentId: number): Promise<PageView[]> {
  const result = await dispatch(casemark.app.service, 'listPages', { documentId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as PageView[];
}

/** The messages found in a document. */
export async function messagesOf(casemark: Casemark, documentId: number): Promise<MessageSummary[]> {
  const result = await dispatch(casemark.app.service, 'listMessages', { documentId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as MessageSummary[];
}

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * On one page of the page reader, at one scroll position: the drawn rectangles of a highlight, and the
 * client rectangles of DOM Ranges over the text layer's characters of [start, end) (white space at
 * either end of a span's part left out: it has no ink to cover).
 */
export async function drawnAndText(page: Page, pageIndex: number, id: string, start: number, end: number): Promise<{ drawn: Rect[]; text: Rect[] }> {
  return page.evaluate(
    ({ pageIndex, id, start, end }) => {
      const holder = document.querySelector(`.pdf-page[data-page-index="${pageIndex}"]`)!;
      const plain = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      const drawn = Array.from(holder.querySelectorAll(`.pdf-hl[data-annotation-id="${id}"]`)).map((e) => plain(e.getBoundingClientRect()));
      const text: ReturnType<typeof plain>[] = [];
      for (const span of Array.from(holder.querySelectorAll<HTMLElement>('.pdf-text > span:not(.pdf-gap)'))) {
        const node = span.firstChild as Text;
        const base = Number(span.dataset.offset);
        let a = Math.max(start, base) - base;
        let b = Math.min(end, base + node.length) - base;
        while (a < b && /\s/.test(node.data[a]!)) a++;
        while (b > a && /\s/.test(node.data[b - 1]!)) b--;
        if (b <= a) continue;
        const range = document.createRange();
        range.setStart(node, a);
        range.setEnd(node, b);
        for (const r of Array.from(range.getClientRects())) if (r.width > 0.5) text.push(plain(r));
      }
      return { drawn, text };
    },
    { pageIndex, id, start, end },
  );
}

/** Pixels of slack: highlight rectangles are padded by a pixel and a share of the line's height. */
const SLACK = 3;
const verticalOverlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Every character's rectangle lies under a drawn one, and every drawn one spans just the characters on its line. */
export function expectSameWords({ drawn, text }: { drawn: Rect[]; text: Rect[] }): void {
  expect(text.length).toBeGreaterThan(0);
  expect(drawn.length).toBeGreaterThan(0);
  for (const t of text) {
    const under = drawn.find((d) => d.left - SLACK <= t.left && t.right <= d.right + SLACK && verticalOverlap(d, t) >= 0.6 * (t.bottom - t.top));
    expect(under, `text at ${JSON.stringify(t)} is not under a drawn rectangle ${JSON.stringify(drawn)}`).toBeDefined();
  }
  for (const d of drawn) {
    const line = text.filter((t) => verticalOverlap(d, t) >= 0.5 * Math.min(d.bottom - d.top, t.bottom - t.top));
    expect(line.length, `drawn rectangle ${JSON.stringify(d)} lies over no text`).toBeGreaterThan(0);
    expect(Math.abs(Math.min(...line.map((t) => t.left)) - d.left)).toBeLessThanOrEqual(SLACK);
    expect(Math.abs(Math.max(...line.map((t) => t.right)) - d.right)).toBeLessThanOrEqual(SLACK);
  }
}

/** Share of a page reader canvas's pixels that are dark: a painted scan or text page has ink. */
export async function inkShare(page: Page, pageIndex: number): Promise<number> {
  return page.locator(`.pdf-page[data-page-index="${pageIndex}"] canvas.pdf-canvas`).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 110) dark++;
    return dark / (data.length / 4);
  });
}
