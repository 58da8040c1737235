// A document with hundreds of highlights: the sidebar draws only the cards in view (the page stays
// small), and every card is still reachable — by scrolling, and from the highlight in the text, whose
// card comes into view and takes its note by keyboard.
import { expect, test } from './harness';
import { annotations, documentText, openCaseWith, writeFile } from './steps';

const LINES = 300;

test(`${LINES} highlights in one document: a bounded sidebar whose every card can be reached`, async ({ page, casemark, blockedRequests, consoleErrors }) => {
  const body = Array.from({ length: LINES }, (_, i) => `Line ${i + 1}: the field office reported case ${1000 + i} to headquarters.`).join('\n');
  const path = writeFile(casemark, 'long-log.txt', new TextEncoder().encode(`Tasking log\n\n${body}\n`));
  const [result] = await openCaseWith(page, casemark, [path], 'Many highlights');
  const documentId = result!.documentId!;
  const text = await documentText(casemark, documentId);
  for (let i = 0; i < LINES; i++) {
    const words = `case ${1000 + i}`;
    const start = text.indexOf(words);
    const created = await casemark.app.service.createAnnotation({ documentId, start, end: start + words.length, tags: [i % 2 ? 'order' : 'response'] });
    expect(created.quote).toBe(words);
  }
  const all = (await annotations(casemark, documentId)).sort((a, b) => a.start - b.start);

  await page.getByRole('row', { name: /Tasking log/ }).first().click();
  const sidebar = page.getByRole('complementary', { name: /Highlights/ });
  await expect(sidebar.getByRole('heading', { name: `Highlights ${LINES}` })).toBeVisible();
  await expect(sidebar.locator('.hl-card').first()).toBeVisible();
  const drawn = await sidebar.locator('.hl-card').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(40);

  // The last card, by scrolling the sidebar to its end.
  const last = all.at(-1)!;
  await sidebar.locator('.sidebar-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(sidebar.locator(`.hl-card[data-annotation-id="${last.id}"]`)).toBeInViewport();
  expect(await sidebar.locator('.hl-card').count()).toBeLessThan(40);

  // A highlight far from the sidebar's place: focused in the text, its card comes into view; Enter
  // goes to its note, Ctrl+Enter saves it.
  const target = all[Math.floor(LINES * 0.4)]!;
  await sidebar.locator('.sidebar-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  const mark = page.locator(`mark[data-focus-for="${target.id}"]`);
  await mark.scrollIntoViewIfNeeded();
  await mark.focus();
  await expect(sidebar.locator(`.hl-card[data-annotation-id="${target.id}"]`)).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#note-${target.id}`)).toBeFocused();
  await page.keyboard.type('Reported late.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await annotations(casemark, documentId)).find((a) => a.id === target.id)?.note).toBe('Reported late.');
  await expect(mark).toBeFocused();
  expect(await sidebar.locator('.hl-card').count()).toBeLessThan(40);
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
