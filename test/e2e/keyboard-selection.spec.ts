// Caret browsing in the reader (renderer/src/reader-editor/use-caret-browsing.ts): a highlight made without
// the mouse — F7 puts a caret in the text, arrows move it, Shift(+Ctrl)+arrows select, 1–9 tag the selection.
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './harness';
import { annotations } from './steps';

/** Opens the sample case's first email by mouse: only what happens in the text is keyboard-only here. */
async function openDueTonight(page: Page): Promise<void> {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Open sample case' }).click();
  // The library lists items as options or as rows, depending on its view: either opens the email.
  const name = /^Due Tonight for S1 – URGENT, from Harlan Placeholder/;
  await page.getByRole('option', { name }).or(page.getByRole('row', { name })).click();
  await expect(page.getByRole('region', { name: 'Message text' })).toContainText('short white paper');
}

/** The window's selection as text, and whether it is collapsed. */
async function selection(page: Page): Promise<{ text: string; collapsed: boolean }> {
  return page.evaluate(() => {
    const current = window.getSelection()!;
    return { text: current.toString(), collapsed: current.isCollapsed };
  });
}

/** How far (CSS pixels) the drawn caret is from where the selection's focus point is on screen. */
async function caretDistance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const current = window.getSelection()!;
    const range = document.createRange();
    range.setStart(current.focusNode!, current.focusOffset);
    const point = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const caret = document.querySelector('.reader-caret')!.getBoundingClientRect();
    return Math.max(Math.abs(caret.left + caret.width / 2 - point.left), Math.abs(caret.top - point.top));
  });
}

test('keyboard only: F7, arrows to a word, Shift+Ctrl+arrows over three words, 1 tags them', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openDueTonight(page);
  const text = page.getByRole('region', { name: 'Message text' });
  const before = new Set((await annotations(casemark)).map((a) => a.id));

  // F7 puts focus and a visible caret at the start of the text ("All,").
  await page.keyboard.press('F7');
  await expect(text).toBeFocused();
  const caret = page.locator('.reader-caret');
  await expect(caret).toBeVisible();
  await expect(page.getByText('Caret browsing')).toBeVisible();
  expect(await selection(page)).toEqual({ text: '', collapsed: true });

  // Two lines down to "S1 has asked for a short white paper…", four words on, then past " a ".
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  expect(await selection(page)).toEqual({ text: 's', collapsed: false });
  await page.keyboard.press('Shift+ArrowLeft');
  expect((await selection(page)).collapsed).toBe(true);

  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  expect(await selection(page)).toEqual({ text: 'short white paper', collapsed: false });
  await expect.poll(() => caretDistance(page)).toBeLessThan(3);
  // The toolbar showing up leaves the selection as it was.
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
  expect(await selection(page)).toEqual({ text: 'short white paper', collapsed: false });
  await page.keyboard.press('1');

  await expect.poll(async () => (await annotations(casemark)).filter((a) => !before.has(a.id)).length).toBe(1);
  const created = (await annotations(casemark)).find((a) => !before.has(a.id))!;
  expect(created).toMatchObject({ quote: 'short white paper', tags: ['order'] });
  // The new highlight is drawn and takes focus, as after a mouse selection.
  const mark = page.locator(`mark[data-focus-for="${created.id}"]`);
  await expect(mark).toHaveText('short white paper');
  await expect(mark).toBeFocused();
  await expect(caret).toHaveCount(0);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('from a highlight: arrows start the caret there; a selection across a line break keeps the newline', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openDueTonight(page);
  const before = new Set((await annotations(casemark)).map((a) => a.id));
  const first = page.getByRole('button', { name: /^Highlight, order: “It is due tonight\.”/ });
  await first.focus();
  await expect(page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' })).toBeVisible();

  // Shift+End selects from the highlight's start to the end of its line; one more character takes the
  // line break, one more word the next line's first word.
  await page.keyboard.press('Shift+End');
  await expect(page.getByRole('region', { name: 'Message text' })).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+Control+ArrowRight');
  const quote = 'It is due tonight. We need each field office to identify the\nthree';
  expect((await selection(page)).text).toBe(quote);
  await page.keyboard.press('2');

  await expect.poll(async () => (await annotations(casemark)).filter((a) => !before.has(a.id)).length).toBe(1);
  const created = (await annotations(casemark)).find((a) => !before.has(a.id))!;
  expect(created).toMatchObject({ quote, tags: ['response'] });

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('Tab from the caret goes to the next highlight after it, Shift+Tab to the one before; F7 leaves', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  expect(casemark.home).toBeTruthy();
  await openDueTonight(page);
  const text = page.getByRole('region', { name: 'Message text' });
  const dueTonight = page.getByRole('button', { name: /^Highlight, order: “It is due tonight\.”/ });
  const egregious = page.getByRole('button', { name: /^Highlight, order: “three most egregious cases”/ });

  // Ctrl+End: the end of the text, after every highlight; Shift+Tab goes back to the last one.
  await page.keyboard.press('F7');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Tab');
  await expect(egregious).toBeFocused();

  // With no highlight after the caret, Tab leaves the text.
  await page.keyboard.press('F7');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Tab');
  await expect(text).not.toBeFocused();
  await expect(page.locator('.reader-text :focus')).toHaveCount(0);

  // From the caret at the start ("All,"), Tab reaches the first highlight, then the next.
  await page.keyboard.press('F7');
  await expect(text).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Tab');
  await expect(dueTonight).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(egregious).toBeFocused();

  // F7 on a highlight starts the caret at it; F7 again leaves the text and hides the caret.
  await page.keyboard.press('F7');
  await expect(text).toBeFocused();
  await expect(page.locator('.reader-caret')).toBeVisible();
  await page.keyboard.press('F7');
  await expect(text).not.toBeFocused();
  await expect(page.locator('.reader-caret')).toHaveCount(0);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
