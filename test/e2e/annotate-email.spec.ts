// The annotation loop end to end: open the sample email, select a passage with the mouse, press 1,
// then note, re-tag, undo and reload — checking the case file on disk (and through the CLI) at each step.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { AnnotationView } from '../../shared/model';
import { APP_URL, expect, test } from './harness';
import { annotations } from './steps';

const QUOTE = 'three most egregious cases';
const NOTE = 'HQ asks every field office for its worst cases, due the same night.';
const ORDER = '#f59f00';
const FAILURE_REPORT = '#ff6b6b';

/** What `casemark annotations <case> --json` prints: the case file on disk, read by another process. */
async function annotationsFromCli(path: string): Promise<Array<Pick<AnnotationView, 'id' | 'quote' | 'tags' | 'note'>>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['bin/casemark.mjs', 'annotations', path, '--json'], { cwd: process.cwd() });
  return JSON.parse(stdout);
}

/** Drags the mouse across the first occurrence of words in the reader's text, as a user would. */
async function selectWithMouse(page: Page, words: string): Promise<void> {
  const box = await page.evaluate((target) => {
    const root = document.querySelector('.reader-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(target);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left, y1: first.top + first.height / 2, x2: last.right, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${target}" is not in the reader`);
  }, words);
  // One pixel inside the first and last characters, so the caret lands before the first and after the last.
  await page.mouse.move(box.x1 + 1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2 - 1, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** The text in a note field, whether it is a plain textarea or a rich-text editor. */
async function noteText(field: Locator): Promise<string> {
  return field.evaluate((element) => (element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '')));
}

async function highlightColour(page: Page, id: string): Promise<{ variable: string; shadow: string; background: string }> {
  return page.locator(`mark[data-focus-for="${id}"]`).evaluate((mark) => {
    const style = getComputedStyle(mark);
    return { variable: style.getPropertyValue('--hl').trim(), shadow: style.boxShadow, background: style.backgroundColor };
  });
}

test('select a passage with the mouse, press 1, note it, re-tag it, undo, reload', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Open sample case' }).click();
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan Placeholder/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Due Tonight for S1 – URGENT' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Message text' })).toContainText(QUOTE);
  const casePath = casemark.app.current()!.path;
  const before = new Set((await annotations(casemark)).map((a) => a.id));

  await selectWithMouse(page, QUOTE);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(QUOTE);
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  await page.keyboard.press('1');

  // A new highlight on exactly those words, tagged order, in the case file.
  await expect.poll(async () => (await annotations(casemark)).filter((a) => !before.has(a.id)).length).toBe(1);
  const created = (await annotations(casemark)).find((a) => !before.has(a.id))!;
  expect(created).toMatchObject({ quote: QUOTE, tags: ['order'] });
  expect((await annotationsFromCli(casePath)).find((a) => a.id === created.id)).toMatchObject({ quote: QUOTE, tags: ['order'] });

  // Drawn in the order colour, and focused so the next key acts on it.
  const mark = page.locator(`mark[data-focus-for="${created.id}"]`);
  await expect(mark).toHaveText(QUOTE);
  await expect(mark).toBeFocused();
  const drawn = await highlightColour(page, created.id);
  expect(drawn.variable).toBe(ORDER);
  expect(drawn.shadow).toContain('rgb(245, 159, 0)');
  expect(drawn.background).not.toBe('rgba(0, 0, 0, 0)');

  // A note, typed in the sidebar and saved when the field loses focus.
  const card = page.locator(`.hl-card[data-annotation-id="${created.id}"]`);
  await card.getByRole('textbox', { name: 'Note' }).fill(NOTE);
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await annotations(casemark)).find((a) => a.id === created.id)?.note).toBe(NOTE);

  // Re-tag: back to the highlight from its card, then 3 (failure report).
  await card.getByRole('button', { name: /^Go to highlight/ }).click();
  await expect(mark).toBeFocused();
  await page.keyboard.press('3');
  await expect.poll(async () => (await annotations(casemark)).find((a) => a.id === created.id)?.tags).toEqual(['failure report']);
  await expect.poll(async () => (await highlightColour(page, created.id)).variable).toBe(FAILURE_REPORT);
  await expect(card.getByRole('list', { name: 'Tags' })).toHaveText('failure report');

  // Undo takes back the re-tag only: the tag is order again and the note stays.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await annotations(casemark)).find((a) => a.id === created.id)?.tags).toEqual(['order']);
  expect((await annotations(casemark)).find((a) => a.id === created.id)?.note).toBe(NOTE);
  expect((await annotationsFromCli(casePath)).find((a) => a.id === created.id)).toMatchObject({ tags: ['order'], note: NOTE });

  // A reload comes back to the same message with the same state, read from the case file.
  await page.reload();
  await expect(mark).toHaveText(QUOTE);
  await expect.poll(async () => (await highlightColour(page, created.id)).variable).toBe(ORDER);
  await expect.poll(() => noteText(card.getByRole('textbox', { name: 'Note' }))).toBe(NOTE);
  await expect(card.getByRole('list', { name: 'Tags' })).toHaveText('order');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
