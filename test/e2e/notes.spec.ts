// Rich-text notes in the highlight sidebar: bold, italic and lists typed in the Lexical editor reach the case file
// as an editor state main accepts (with its plain text); undo through main, Escape, and the toolbar by keyboard.
import type { Page } from '@playwright/test';
import type { AnnotationView } from '../../shared/model';
import { NOTE_FORMAT, plainTextNote } from '../../shared/notes';
import { expect, test, type Casemark } from './harness';
import { annotations, openSample } from './steps';

interface StateNode {
  type: string;
  text?: string;
  format?: number;
  listType?: string;
  children?: StateNode[];
}

/** Every node of a serialized Lexical state, depth first. */
function nodesOf(json: string | null): StateNode[] {
  expect(json).not.toBeNull();
  const all: StateNode[] = [];
  const walk = (node: StateNode) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  walk((JSON.parse(json!) as { root: StateNode }).root);
  return all;
}

async function highlight(casemark: Casemark, quote: string): Promise<AnnotationView> {
  const found = (await annotations(casemark, 1)).find((a) => a.quote === quote);
  expect(found, quote).toBeDefined();
  return found!;
}

async function openFirstMessage(page: Page): Promise<void> {
  await openSample(page);
  await page.getByRole('row', { name: /^Due Tonight for S1 – URGENT, from Harlan/ }).click();
  await expect(page.locator('mark.hl').first()).toBeVisible();
}

test('a note in bold and a bulleted list is stored as rich text; undo, redo and Escape', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openFirstMessage(page);
  const before = await highlight(casemark, 'three most egregious cases');
  // The sample's notes come from plain text: one paragraph, shown as it is.
  expect(before.noteJson).toBe(plainTextNote(before.note));
  const card = page.locator(`.hl-card[data-annotation-id="${before.id}"]`);
  const field = card.getByRole('textbox', { name: 'Note' });
  await expect(field).toHaveText(before.note);
  await expect(field).toHaveAttribute('aria-multiline', 'true');
  const toolbar = card.getByRole('toolbar', { name: 'Note formatting' });

  // Focus and leave without typing: nothing is saved (checked below: one undo goes back to the sample's own state).
  await field.click();
  await page.keyboard.press('Tab');
  await expect(field).not.toBeFocused();

  // Replace it: a paragraph with a bold word (Ctrl+B), then a bulleted list of two items from the toolbar.
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('HQ set a ');
  await page.keyboard.press('Control+b');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('same-night');
  await page.keyboard.press('Control+b');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' deadline.');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await expect(toolbar.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');
  await expect(toolbar.getByRole('button', { name: 'Numbered list' })).toHaveAttribute('aria-pressed', 'false');
  await expect(field).toBeFocused();
  await page.keyboard.type('Laredo');
  await page.keyboard.press('Enter');
  await page.keyboard.type('San Antonio');
  await expect(field.locator('strong')).toHaveText('same-night');
  await expect(field.locator('ul > li')).toHaveText(['Laredo', 'San Antonio']);

  // Tab leaves the note, which saves it.
  await page.keyboard.press('Tab');
  const expected = 'HQ set a same-night deadline.\n• Laredo\n• San Antonio';
  await expect.poll(async () => (await highlight(casemark, before.quote)).note).toBe(expected);
  const saved = await highlight(casemark, before.quote);
  const nodes = nodesOf(saved.noteJson);
  expect(nodes.filter((n) => n.type === 'text' && (n.format ?? 0) & NOTE_FORMAT.bold).map((n) => n.text)).toEqual(['same-night']);
  const lists = nodes.filter((n) => n.type === 'list');
  expect(lists.map((l) => [l.listType, l.children?.map((i) => i.type)])).toEqual([['bullet', ['listitem', 'listitem']]]);

  // Ctrl+Z outside the note undoes through main: the sample's note comes back, in the editor too.
  await page.locator(`mark[data-focus-for="${before.id}"]`).focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveText(before.note);
  const undone = await highlight(casemark, before.quote);
  expect([undone.note, undone.noteJson]).toEqual([before.note, before.noteJson]);
  await expect(field.locator('li')).toHaveCount(0);

  // Redo brings the rich note back.
  await page.keyboard.press('Control+Shift+z');
  await expect(field.locator('ul > li')).toHaveText(['Laredo', 'San Antonio']);
  await expect(field.locator('strong')).toHaveText('same-night');

  // Escape drops what was typed and hands focus back to the highlight; nothing is saved.
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' and Houston');
  await expect(field.locator('ul > li').last()).toHaveText('San Antonio and Houston');
  await page.keyboard.press('Escape');
  await expect(page.locator(`mark[data-focus-for="${before.id}"]`)).toBeFocused();
  await expect(field.locator('ul > li')).toHaveText(['Laredo', 'San Antonio']);
  // The last change in the case is still the redone note: one undo goes back to the sample's.
  await page.keyboard.press('Control+z');
  await expect(field).toHaveText(before.note);
  expect((await highlight(casemark, before.quote)).noteJson).toBe(before.noteJson);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('the toolbar by keyboard, Ctrl+I, Ctrl+Enter, and emptying a note removes it', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openFirstMessage(page);
  const bare = await highlight(casemark, 'It is due tonight.');
  expect([bare.note, bare.noteJson]).toEqual(['', null]);
  const card = page.locator(`.hl-card[data-annotation-id="${bare.id}"]`);
  const field = card.getByRole('textbox', { name: 'Note' });
  const mark = page.locator(`mark[data-focus-for="${bare.id}"]`);
  // An empty note shows its placeholder beside the text, not in it.
  await expect(card.locator('.note-placeholder')).toHaveText('Why this passage matters…');
  await expect(field).toHaveText('');
  await expect(field).toHaveAttribute('aria-placeholder', 'Why this passage matters…');

  // Enter on the highlight opens its note.
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type('Deadline: ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('tonight');
  await page.keyboard.press('Control+i');
  await expect(card.locator('.note-placeholder')).toHaveCount(0);

  // The toolbar is one tab stop before the text; arrows move along it, Space presses.
  await page.keyboard.press('Shift+Tab');
  const toolbar = card.getByRole('toolbar', { name: 'Note formatting' });
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Numbered list' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  // Moving between the text and its toolbar saves nothing: the first save is the one Ctrl+Enter makes (checked below).
  await page.keyboard.press('Space');
  await expect(toolbar.getByRole('button', { name: 'Numbered list' })).toHaveAttribute('aria-pressed', 'true');
  await expect(field.locator('ol > li')).toHaveText(['Deadline: tonight']);
  // The button hands the caret back to the text; the toolbar remembers its button for the next Shift+Tab.
  await expect(field).toBeFocused();
  await page.keyboard.type(' at 2100');
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Numbered list' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  // Ctrl+Enter saves and goes back to the highlight.
  await page.keyboard.press('Control+Enter');
  await expect(mark).toBeFocused();
  await expect.poll(async () => (await highlight(casemark, bare.quote)).note).toBe('1. Deadline: tonight at 2100');
  const nodes = nodesOf((await highlight(casemark, bare.quote)).noteJson);
  expect(nodes.filter((n) => n.type === 'text' && (n.format ?? 0) & NOTE_FORMAT.italic).map((n) => n.text)).toEqual(['tonight']);
  expect(nodes.filter((n) => n.type === 'list').map((l) => l.listType)).toEqual(['number']);
  // That was the only save: one undo (through main) leaves the highlight without a note, and the placeholder is back.
  await page.keyboard.press('Control+z');
  await expect(card.locator('.note-placeholder')).toBeVisible();
  expect(await highlight(casemark, bare.quote)).toMatchObject({ note: '', noteJson: null });
  await page.keyboard.press('Control+Shift+z');
  await expect(field.locator('ol > li')).toHaveText(['Deadline: tonight at 2100']);
  await expect(field.locator('em')).toHaveText('tonight');

  // Emptying the note removes it: no text, no state.
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Enter');
  await expect(mark).toBeFocused();
  await expect.poll(async () => (await highlight(casemark, bare.quote)).noteJson).toBeNull();
  expect((await highlight(casemark, bare.quote)).note).toBe('');

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
