// Every annotation action without the mouse-drag path: the library by keyboard, deleting, undoing and redoing
// a highlight by keyboard, the note by keyboard, and the toolbar and sidebar buttons for mouse users.
import { dispatch } from '../../main/ipc/dispatch';
import type { AnnotationView } from '../../shared/model';
import { expect, test } from './harness';
import { annotations, openSample, select } from './steps';

test('the library is driven by keyboard: filter, arrows, Enter', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  expect(casemark.home).toBeTruthy();
  await openSample(page);
  const list = page.getByRole('treegrid', { name: 'Messages and documents' });
  await expect(list.getByRole('row').filter({ has: page.getByRole('gridcell') })).toHaveCount(7);

  await page.getByRole('searchbox', { name: 'Filter the library' }).fill('quincy 12 feb');
  await expect(list.getByRole('row').filter({ has: page.getByRole('gridcell') })).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText('RE: Due Tonight for S1 – URGENT');
  await expect(page.locator('.reader-fields')).toContainText('Quincy Notreal (Austin AFOD)');

  await page.getByRole('searchbox', { name: 'Filter the library' }).fill('');
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('row', { selected: true })).toHaveAccessibleName(/from Bram Fictus/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader-fields')).toContainText('Bram Fictus (San Antonio FOD) <sanantonio-fod@example.gov>');
  // Documents without messages are listed by title after the messages.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText('CASE SUMMARY - SAN ANTONIO AOR');
  await expect(page.getByRole('region', { name: 'Document text' })).toBeVisible();

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('Tab reaches a highlight; Delete, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y act on it; Enter opens its note', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan/ }).click();
  const first = page.getByRole('button', { name: /^Highlight, order: “It is due tonight\.”/ });
  await first.focus();
  await expect(first).toBeFocused();
  const id = (await first.getAttribute('data-focus-for'))!;
  await expect(page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' })).toBeVisible();

  // Tab moves on to the next highlight in reading order.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Highlight, order: “three most egregious cases”/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();

  await page.keyboard.press('Delete');
  await expect.poll(async () => (await annotations(casemark, 1)).some((a) => a.id === id)).toBe(false);
  await expect(page.locator(`[data-annotation-id="${id}"]`)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await annotations(casemark, 1)).some((a) => a.id === id)).toBe(true);
  await expect(page.locator(`mark[data-focus-for="${id}"]`)).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await annotations(casemark, 1)).some((a) => a.id === id)).toBe(false);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await annotations(casemark, 1)).some((a) => a.id === id)).toBe(false);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await annotations(casemark, 1)).some((a) => a.id === id)).toBe(true);

  // Enter on a highlight goes to its note; Ctrl+Enter saves and returns to the highlight.
  await page.locator(`mark[data-focus-for="${id}"]`).focus();
  await page.keyboard.press('Enter');
  const note = page.locator(`#note-${id}`);
  await expect(note).toBeFocused();
  await page.keyboard.type('Same-night deadline.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await annotations(casemark, 1)).find((a) => a.id === id)?.note).toBe('Same-night deadline.');
  await expect(page.locator(`mark[data-focus-for="${id}"]`)).toBeFocused();
  // Inside the note, Ctrl+Z is the field's own undo, not the case's.
  await note.focus();
  await page.keyboard.type(' More');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await annotations(casemark, 1)).find((a) => a.id === id)?.note).toBe('Same-night deadline.');

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('mouse users tag from the toolbar, re-tag from it, and delete from the sidebar', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan/ }).click();
  const before = new Set((await annotations(casemark, 1)).map((a) => a.id));

  await select(page, 'no criminal record');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection as' });
  await toolbar.getByRole('button', { name: /response/ }).click();
  await expect.poll(async () => (await annotations(casemark, 1)).filter((a) => !before.has(a.id)).map((a) => [a.quote, a.tags])).toEqual([
    ['no criminal record', ['response']],
  ]);
  const created = (await annotations(casemark, 1)).find((a) => !before.has(a.id))!;
  const mark = page.locator(`mark[data-focus-for="${created.id}"]`);
  await expect(mark).toBeFocused();

  const edit = page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' });
  await expect(edit.getByRole('button', { name: /response/ })).toHaveAttribute('aria-pressed', 'true');
  await edit.getByRole('button', { name: /failure report/ }).click();
  await expect.poll(async () => (await annotations(casemark, 1)).find((a) => a.id === created.id)?.tags).toEqual(['failure report']);

  await page.getByRole('button', { name: 'Delete highlight “no criminal record”' }).click();
  await expect.poll(async () => (await annotations(casemark, 1)).some((a) => a.id === created.id)).toBe(false);
  await expect(page.getByRole('status')).toHaveText('Highlight deleted. Ctrl+Z brings it back.');

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('quoted history is folded, unfolds on request, and unfolds itself to show a highlight in it', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  const messages = await dispatch(casemark.app.service, 'listMessages', {});
  const quincy = (messages.ok ? (messages.value as Array<{ documentId: number; from: string | null }>) : []).find((m) => m.from?.startsWith('Quincy'))!;
  const text = await dispatch(casemark.app.service, 'documentText', { documentId: quincy.documentId });
  const canonical = (text.ok ? (text.value as { text: string }) : { text: '' }).text;
  const quote = 'Cases two and three will follow within the hour';
  const start = canonical.indexOf(quote);
  const made = await dispatch(casemark.app.service, 'createAnnotation', { documentId: quincy.documentId, start, end: start + quote.length, tags: ['response'] });
  expect(made.ok).toBe(true);
  const id = made.ok ? (made.value as AnnotationView).id : '';

  await page.getByRole('row', { name: /^RE: Due Tonight.*Quincy Notreal/ }).click();
  const body = page.getByRole('region', { name: 'Message text' });
  await expect(body).toContainText("Let's not fail this one twice.");
  await expect(body).not.toContainText('Original Message');
  const toggle = page.getByRole('button', { name: /^Show quoted history \(\d+ lines, 1 highlight\)$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(body).toContainText('-----Original Message-----');
  await page.getByRole('button', { name: 'Hide quoted history' }).click();
  await expect(body).not.toContainText('Original Message');

  // Going to the quoted highlight from the sidebar unfolds the history and focuses it.
  await page.getByRole('button', { name: `Go to highlight “${quote}”` }).click();
  await expect(page.locator(`mark[data-focus-for="${id}"]`)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Hide quoted history' })).toHaveAttribute('aria-expanded', 'true');

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
