// The codebook manager on the sample case: merge two tags (every highlight keeps a tag, counts add up,
// Undo brings it back); rename, recolour and re-key (the reader, sidebar and library follow, and the new
// key tags a selection); a nested tag with a description shown on hover; delete a tag in use, asked first.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { AnnotationView, TagView } from '../../shared/model';
import { expect, test, type Casemark } from './harness';
import { annotations, openSample, select } from './steps';

/** The case's tags as main lists them. */
async function tagList(casemark: Casemark): Promise<TagView[]> {
  const result = await dispatch(casemark.app.service, 'listTags', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as TagView[];
}

const tagOf = async (casemark: Casemark, path: string) => (await tagList(casemark)).find((t) => t.path === path);
const tagsById = (list: readonly AnnotationView[]) => Object.fromEntries(list.map((a) => [a.id, [...a.tags].sort()]));

function codebook(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Codebook' });
  return {
    dialog,
    row: (name: string) => dialog.getByRole('treeitem', { name: new RegExp(`^${name},`) }),
    rows: dialog.getByRole('treeitem'),
    status: dialog.getByRole('status'),
    alert: dialog.getByRole('alert'),
  };
}

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`);
}

// The machine is shared: long flows through a real case need more than the default 30 s.
test.setTimeout(120_000);

const ORDER_ROW = /^Due Tonight for S1 – URGENT, from Harlan Placeholder/;
const FAILURE_ROW = /^RE: Due Tonight for S1 – URGENT, from Bram Fictus/;

test('merge two tags: every highlight keeps a tag, the counts add up, Undo brings the tag back', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  // One more "response" highlight, made through the reader with its key.
  await page.getByRole('row', { name: ORDER_ROW }).click();
  await select(page, 'Null responses will not be accepted');
  await page.keyboard.press('2');
  await expect.poll(async () => (await annotations(casemark)).filter((a) => a.tags.includes('response')).length).toBe(3);
  const before = await annotations(casemark);
  const order = (await tagOf(casemark, 'order'))!;
  const response = (await tagOf(casemark, 'response'))!;
  expect([order.count, response.count]).toEqual([4, 3]);

  const opener = page.getByRole('button', { name: 'Codebook…' });
  await opener.click();
  const { dialog, row, rows, status } = codebook(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(rows).toHaveText([/^failure report/, /^order/, /^response/]);
  await expect(row('response')).toHaveAttribute('title', 'A reply to an order: what was done, sent or promised.');

  await row('response').click();
  await expect(row('response')).toHaveAttribute('aria-selected', 'true');
  await dialog.getByRole('combobox', { name: 'Merge into' }).selectOption('order');
  await dialog.getByRole('button', { name: 'Merge…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Merge “response” into “order”?' });
  await expect(confirm).toContainText('3 highlights tagged “response” will be tagged “order” instead.');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: 'test-results/codebook-merge-confirm.png' });
  await confirm.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(status).toContainText('Merged “response” into “order”: 3 highlights moved.');

  // Main: no highlight lost or left untagged, "response" gone, its highlights now "order", counts added.
  await expect.poll(async () => (await tagList(casemark)).map((t) => t.path)).toEqual(['failure report', 'order']);
  const after = await annotations(casemark);
  expect(after.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
  for (const a of after) expect(a.tags.length, `highlight ${a.id} lost its tags`).toBeGreaterThan(0);
  for (const a of before.filter((b) => b.tags.includes('response'))) expect(after.find((x) => x.id === a.id)!.tags).toEqual(['order']);
  expect((await tagOf(casemark, 'order'))!.count).toBe(order.count + response.count);
  await expect(rows).toHaveCount(2);
  await expect(row('order')).toHaveAttribute('aria-label', 'order, key 1, 7 highlights');
  await expect(row('order')).toBeFocused();

  // Undo puts the tag, its key and its highlights back exactly.
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toContainText('Undone: "response" merged into "order".');
  await expect.poll(async () => tagsById(await annotations(casemark))).toEqual(tagsById(before));
  expect(await tagOf(casemark, 'response')).toMatchObject({ id: response.id, key: 2, count: 3 });
  await expect(row('response')).toHaveAttribute('aria-label', 'response, key 2, 3 highlights');
  await expect(row('order')).toBeFocused();

  // Escape closes it, and focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('rename, recolour and re-key a tag: the sidebar, library and reader keys follow', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: FAILURE_ROW }).click();
  const failure = (await annotations(casemark)).find((a) => a.quote.startsWith('We were pinged by HQ'))!;
  const card = page.locator(`.hl-card[data-annotation-id="${failure.id}"]`);
  await expect(card.getByRole('list', { name: 'Tags' })).toHaveText('failure report');

  // Ctrl+Shift+K opens it with focus on the first tag; arrows move, Home and End jump.
  await page.keyboard.press('Control+Shift+K');
  const { dialog, row, rows, status, alert } = codebook(page);
  await expect(row('failure report')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row('order')).toBeFocused();
  await expect(row('order')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(row('response')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row('failure report')).toBeFocused();

  // F2 renames in place. A name already taken is refused, with main's reason and the typed name kept.
  await page.keyboard.press('F2');
  const field = dialog.getByRole('textbox', { name: 'New name for “failure report”' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('failure report');
  await field.fill('order');
  await page.keyboard.press('Enter');
  await expect(alert).toHaveText('The tag "order" already exists; merge is not a rename.');
  await expect(field).toHaveValue('order');
  await expect(dialog).toBeVisible();
  // Escape cancels the rename, not the dialog.
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(row('failure report')).toBeFocused();
  expect(await tagOf(casemark, 'failure report')).toBeDefined();

  // Enter renames too; Enter saves.
  await page.keyboard.press('Enter');
  await field.fill('tasking failure');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Renamed “failure report” to “tasking failure”.');
  await expect(row('tasking failure')).toBeFocused();
  await expect.poll(async () => (await tagOf(casemark, 'tasking failure'))?.count).toBe(2);
  expect(await tagOf(casemark, 'failure report')).toBeUndefined();
  expect((await annotations(casemark)).find((a) => a.id === failure.id)!.tags).toEqual(['tasking failure']);

  // Recolour from the palette, then with the system chooser.
  await dialog.getByRole('listbox', { name: 'Colour' }).getByRole('option', { name: 'Violet' }).click();
  await expect.poll(async () => (await tagOf(casemark, 'tasking failure'))?.color).toBe('#cc5de8');
  await expect(dialog.getByRole('option', { name: 'Violet' })).toHaveAttribute('aria-selected', 'true');
  await expect(status).toContainText('“tasking failure” is now Violet.');
  await dialog.getByLabel('Other…').fill('#2b8a3e');
  await expect.poll(async () => (await tagOf(casemark, 'tasking failure'))?.color).toBe('#2b8a3e');
  await expect(dialog.getByRole('option', { name: 'Violet' })).toHaveAttribute('aria-selected', 'false');

  // Re-key: key 1 is order's, and the dialog says so before taking it.
  const key = dialog.getByRole('combobox', { name: 'Key' });
  await expect(key.locator('option[value="1"]')).toHaveText('1 — now “order”');
  await key.selectOption('1');
  const ask = dialog.getByRole('group', { name: 'Take key 1' });
  await expect(ask).toContainText('Key 1 belongs to “order”. Giving it to “tasking failure” leaves “order” without a key.');
  expect((await tagOf(casemark, 'tasking failure'))?.key).toBe(3);
  await page.screenshot({ path: 'test-results/codebook-rekey.png' });
  await ask.getByRole('button', { name: 'Give key 1 to “tasking failure”' }).click();
  await expect(status).toContainText('Key 1 moved from “order” to “tasking failure”; “order” has no key now.');
  await expect.poll(async () => (await tagOf(casemark, 'tasking failure'))?.key).toBe(1);
  expect((await tagOf(casemark, 'order'))?.key).toBeNull();
  await expect(key).toBeFocused();
  await expect(row('order')).toHaveAttribute('aria-label', 'order, 4 highlights');
  await expect(rows).toHaveCount(3);

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The sidebar's chips and the highlight's colour, and the library's tag filter, use the new name and colour.
  await expect(card.getByRole('list', { name: 'Tags' })).toHaveText('tasking failure');
  await expect.poll(() => page.locator(`mark[data-focus-for="${failure.id}"]`).evaluate((m) => getComputedStyle(m).getPropertyValue('--hl').trim())).toBe('#2b8a3e');
  const filters = page.getByRole('button', { name: /^Filters/ });
  await filters.click();
  const tagFilter = page.getByRole('combobox', { name: 'Tag' });
  await expect(tagFilter.locator('option', { hasText: 'tasking failure' })).toHaveCount(1);
  await expect(tagFilter.locator('option', { hasText: 'failure report' })).toHaveCount(0);
  await tagFilter.selectOption('tasking failure');
  await expect(page.getByRole('row', { name: FAILURE_ROW })).toBeVisible();
  await tagFilter.selectOption('');

  // The new key tags a selection.
  const known = new Set((await annotations(casemark)).map((a) => a.id));
  // Keys typed into the filter's field stay the field's: leave it first.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await select(page, 'corrected submission');
  await page.keyboard.press('1');
  await expect.poll(async () => (await annotations(casemark)).filter((a) => !known.has(a.id)).map((a) => [a.quote, a.tags])).toEqual([['corrected submission', ['tasking failure']]]);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('a new tag nested by path shows under its parent, with its description on hover there and in the selection toolbar', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: FAILURE_ROW }).click();
  await page.getByRole('button', { name: 'Codebook…' }).click();
  const { dialog, row, rows, status } = codebook(page);

  // A new tag with a "/" goes under its parent, indented, chosen and focused.
  await dialog.getByRole('textbox', { name: 'New tag' }).fill('failure report/missed deadline');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Added “failure report/missed deadline”.');
  await expect(rows).toHaveText([/^failure report/, /^missed deadline/, /^order/, /^response/]);
  await expect(row('missed deadline')).toHaveAttribute('aria-level', '2');
  await expect(row('failure report')).toHaveAttribute('aria-level', '1');
  await expect(row('missed deadline')).toBeFocused();
  await expect(dialog.getByRole('heading', { name: 'failure report/missed deadline' })).toBeVisible();
  const indent = async (name: string) => row(name).locator('.tag-swatch').evaluate((s) => s.getBoundingClientRect().left);
  expect(await indent('missed deadline')).toBeGreaterThan(await indent('failure report'));
  await expect.poll(async () => (await tagOf(casemark, 'failure report/missed deadline'))?.count).toBe(0);
  // ArrowLeft goes to the parent, ArrowRight back to the sub-tag.
  await page.keyboard.press('ArrowLeft');
  await expect(row('failure report')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(row('missed deadline')).toBeFocused();

  // Its description, saved on leaving the field, shows on hover.
  const description = 'HQ set a deadline and the office missed it.';
  await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await tagOf(casemark, 'failure report/missed deadline'))?.description).toBe(description);
  await expect(row('missed deadline')).toHaveAttribute('title', description);
  await expect(status).toContainText('Saved the description of “missed deadline”.');
  await row('missed deadline').click();
  await page.screenshot({ path: 'test-results/codebook-dialog.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/codebook-dialog-dark.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Tab stays inside the dialog.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog.codebook'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The selection toolbar offers the sub-tag with its description on hover; tag a passage with it.
  await select(page, 'Nothing from our AOR made it');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection as' });
  const subTag = toolbar.getByRole('button', { name: 'missed deadline' });
  await expect(subTag).toHaveAttribute('title', description);
  await subTag.click();
  await expect.poll(async () => (await annotations(casemark)).filter((a) => a.tags.includes('failure report/missed deadline')).map((a) => a.quote)).toEqual([
    'Nothing from our AOR made it',
  ]);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('deleting a tag in use asks first with the count, its sub-tags included: Cancel keeps it, Delete removes it', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: FAILURE_ROW }).click();
  // A sub-tag (made through the service), on a passage tagged through the selection toolbar.
  const made = await dispatch(casemark.app.service, 'createTag', { path: 'failure report/missed deadline' });
  expect(made.ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Message text' })).toContainText('Nothing from our AOR made it');
  await select(page, 'Nothing from our AOR made it');
  await page.getByRole('toolbar', { name: 'Highlight the selection as' }).getByRole('button', { name: 'missed deadline' }).click();
  await expect.poll(async () => (await tagOf(casemark, 'failure report/missed deadline'))?.count).toBe(1);
  const { dialog, row, rows, status } = codebook(page);
  const before = await annotations(casemark);
  const carrying = before.filter((a) => a.tags.some((t) => t === 'failure report' || t.startsWith('failure report/')));
  expect(carrying).toHaveLength(3);

  // Delete (the key) asks with the count, including the sub-tag's; Cancel keeps everything.
  await page.keyboard.press('Control+Shift+K');
  await row('failure report').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Delete “failure report”?' });
  await expect(confirm).toContainText('It is on 3 highlights (2 with “failure report” itself, the rest with its sub-tags).');
  await expect(confirm).toContainText('Its sub-tag goes too: “failure report/missed deadline”.');
  await page.screenshot({ path: 'test-results/codebook-delete-confirm.png' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(row('failure report')).toBeFocused();
  expect((await tagList(casemark)).map((t) => t.path)).toEqual(['failure report', 'failure report/missed deadline', 'order', 'response']);
  expect(tagsById(await annotations(casemark))).toEqual(tagsById(before));

  // The button asks the same; confirming deletes the tag and its sub-tag, and the highlights stay.
  await dialog.getByRole('button', { name: 'Delete…' }).click();
  await expect(confirm).toContainText('It is on 3 highlights');
  await confirm.getByRole('button', { name: 'Delete tag' }).click();
  await expect(status).toContainText('Deleted “failure report” and 1 sub-tag; taken off 3 highlights.');
  await expect.poll(async () => (await tagList(casemark)).map((t) => t.path)).toEqual(['order', 'response']);
  await expect(rows).toHaveText([/^order/, /^response/]);
  await expect(row('order')).toBeFocused();
  const after = await annotations(casemark);
  expect(after.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
  for (const a of carrying) expect(after.find((x) => x.id === a.id)!.tags).toEqual([]);

  // An unused tag goes without a question (Undo is offered).
  await dialog.getByRole('textbox', { name: 'New tag' }).fill('scratch');
  await page.keyboard.press('Enter');
  await expect(row('scratch')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(status).toContainText('Deleted “scratch”; no highlight carried it.');
  await expect.poll(async () => (await tagOf(casemark, 'scratch')) === undefined).toBe(true);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
