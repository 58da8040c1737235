// Linked passages and quoted copies in the highlights sidebar, on the sample case: link the order to the
// failure report from the report's card (by keyboard), see the link from both ends, remove it and undo; then a
// passage of the order that later replies quote: the copies listed, opened, and carried (and undone) — each
// checked through main. Tag descriptions show on hover.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { AnnotationView, LinkView, MessageSummary, QuotedCopy, TagView } from '../../shared/model';
import { expect, test, type Casemark } from './harness';
import { annotations, openSample, select } from './steps';

const ORDER = 'Null responses will not be accepted.';
const FAILURE = "Nothing from our AOR made it into last night's package to S1.";
const HQ_ROW = /^Due Tonight for S1 – URGENT, from Harlan Placeholder/;
const BRAM_ROW = /^RE: Due Tonight for S1 – URGENT, from Bram Fictus/;

async function ask<T>(casemark: Casemark, name: string, input: unknown): Promise<T> {
  const result = await dispatch(casemark.app.service, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** Selects words in the open message, presses a tag's key, and returns the highlight main made. */
async function highlight(page: Page, casemark: Casemark, words: string, key: string): Promise<AnnotationView> {
  const before = new Set((await annotations(casemark)).map((a) => a.id));
  await select(page, words);
  await page.keyboard.press(key);
  await expect.poll(async () => (await annotations(casemark)).filter((a) => !before.has(a.id)).length).toBe(1);
  return (await annotations(casemark)).find((a) => !before.has(a.id))!;
}

// Long scenarios on a machine others share: room for them, with every assertion still waiting on state, not time.
test.setTimeout(120_000);

const card = (page: Page, id: string) => page.locator(`.hl-card[data-annotation-id="${id}"]`);

test('link the order to the failure report, see it from both ends, remove it and undo', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: HQ_ROW }).click();
  const order = await highlight(page, casemark, ORDER, '1');
  expect(order.tags).toEqual(['order']);
  await page.getByRole('row', { name: BRAM_ROW }).click();
  const report = await highlight(page, casemark, FAILURE, '3');
  expect(report.tags).toEqual(['failure report']);

  // Tag descriptions on hover: on the card's chip and in the legend, as main has them.
  const tags = await ask<TagView[]>(casemark, 'listTags', {});
  const failureTag = tags.find((t) => t.path === 'failure report')!;
  expect(failureTag.description).not.toBe('');
  const reportCard = card(page, report.id);
  await expect(reportCard.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveAttribute('title', failureTag.description);
  const legend = page.locator('.tag-legend');
  for (const tag of tags) await expect(legend.locator('.tag-legend-item', { hasText: tag.name })).toHaveAttribute('title', tag.description);

  // Escape cancels the picker and gives focus back to "Link…"; nothing is linked.
  const linkButton = reportCard.getByRole('button', { name: /^Link “Nothing from our AOR/ });
  await linkButton.click();
  const picker = page.getByRole('dialog', { name: 'Link this highlight' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('combobox', { name: 'Link to' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(linkButton).toBeFocused();
  expect(await ask<LinkView[]>(casemark, 'listLinks', {})).toEqual([]);

  // By keyboard: open the picker, the relation guessed from the tag, type to filter, arrows, Enter to pick, Enter to link.
  await page.keyboard.press('Enter');
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('combobox', { name: 'Relation' })).toHaveValue('reports failure of');
  const options = picker.getByRole('listbox', { name: 'Highlights to link to' }).getByRole('option');
  // Every other highlight of the case is offered (the sample's own and the order just made), with tags, quote and place.
  const all = await annotations(casemark);
  await expect(options).toHaveCount(all.length - 1);
  await expect(options.filter({ hasText: ORDER })).toContainText('Due Tonight for S1 – URGENT · 10 Feb 2017 16:12 · Harlan Placeholder');
  await expect(options.filter({ hasText: ORDER })).toContainText('order');
  await page.keyboard.type('null responses');
  await expect(options).toHaveCount(1);
  await expect(picker.getByRole('status')).toHaveText('1 highlight matches.');
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('combobox', { name: 'Link to' })).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  // The dialog passes the accessibility check while open.
  const axe = await new AxeBuilder({ page }).include('.link-picker').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(picker.getByRole('button', { name: 'Link', exact: true })).toBeFocused();
  await expect(picker).toContainText(`This highlight reports failure of ${ORDER}`);
  await picker.screenshot({ path: 'test-results/links-picker.png' });
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();

  // The card says so, and main has the link.
  const reportLinks = reportCard.getByRole('list', { name: 'Links' });
  await expect(reportLinks.getByRole('listitem')).toHaveCount(1);
  await expect(reportLinks).toContainText(`Reports failure of ${ORDER}`);
  await expect(reportLinks).toContainText('10 Feb 2017 16:12 · Harlan Placeholder');
  const links = await ask<LinkView[]>(casemark, 'listLinks', { annotationId: report.id });
  expect(links.map((l) => [l.from.annotationId, l.relation, l.to.annotationId])).toEqual([[report.id, 'reports failure of', order.id]]);
  await expect(page.getByRole('status')).toContainText('Linked:');

  // The same link cannot be made twice: the picker shows it as already linked.
  await linkButton.click();
  await expect(picker.getByRole('option', { name: new RegExp(ORDER.replace('.', '\\.')) })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  // Following the link opens the order's message with focus on it; its card shows the link from its end.
  await reportLinks.getByRole('button', { name: /^Reports failure of/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Due Tonight for S1 – URGENT' })).toBeVisible();
  await expect(page.locator(`mark[data-focus-for="${order.id}"]`)).toBeFocused();
  const orderCard = card(page, order.id);
  const orderLinks = orderCard.getByRole('list', { name: 'Links' });
  await expect(orderLinks).toContainText(`Failure reported in ${FAILURE}`);
  await expect(orderLinks).toContainText('11 Feb 2017 08:05 · Bram Fictus');

  // The order is quoted in later replies: the card says so too. The sidebar with a link and copies, looked at.
  await orderCard.getByRole('button', { name: /^Quoted in \d+ later messages?/ }).click();
  await expect(orderCard.getByRole('list', { name: 'Quoted copies' })).toBeVisible();
  await orderCard.scrollIntoViewIfNeeded();
  await page.locator('.sidebar').screenshot({ path: 'test-results/links-sidebar.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('.sidebar').screenshot({ path: 'test-results/links-sidebar-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  const sidebarAxe = await new AxeBuilder({ page }).include('.sidebar').analyze();
  expect(sidebarAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Remove the link from this end; the status line offers undo, and Ctrl+Z brings it back.
  await orderLinks.getByRole('button', { name: /^Remove link: failure reported in “Nothing from our AOR made it/ }).click();
  await expect(orderCard.getByRole('list', { name: 'Links' })).toHaveCount(0);
  await expect(orderCard.getByRole('button', { name: /^Link “Null responses/ })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Link removed');
  await expect(page.getByRole('status')).toContainText('Ctrl+Z brings it back.');
  expect(await ask<LinkView[]>(casemark, 'listLinks', {})).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await ask<LinkView[]>(casemark, 'listLinks', {})).map((l) => l.id)).toEqual([links[0]!.id]);
  await expect(orderLinks).toContainText(`Failure reported in ${FAILURE}`);

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});

test('a passage later replies quote: the copies listed, opened, carried as one undo step, and counted in the library', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  await page.getByRole('row', { name: HQ_ROW }).click();
  const order = await highlight(page, casemark, ORDER, '1');

  // What main finds: copies in later messages (one line per copy, counted by message).
  const copies = await ask<QuotedCopy[]>(casemark, 'quotedCopies', { annotationId: order.id });
  const messageIds = [...new Set(copies.map((c) => c.messageId))];
  expect(messageIds.length).toBeGreaterThanOrEqual(2);
  expect(copies.every((c) => !c.alreadyHighlighted)).toBe(true);
  const messages = await ask<MessageSummary[]>(casemark, 'listMessages', {});
  const orderCard = card(page, order.id);
  const toggle = orderCard.getByRole('button', { name: `Quoted in ${messageIds.length} later messages` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = orderCard.getByRole('list', { name: 'Quoted copies' });
  await expect(list.getByRole('listitem')).toHaveCount(copies.length);
  for (const [i, c] of copies.entries()) {
    const sender = messages.find((m) => m.id === c.messageId)!.from!.replace(/\s*<.*$/, '');
    await expect(list.getByRole('listitem').nth(i)).toContainText(sender);
  }
  await expect(list).not.toContainText('highlighted');

  // The library's counts before carrying, by message row.
  const rowOf = (m: MessageSummary) => page.getByRole('row', { name: new RegExp(`from ${m.from!.replace(/\s*<.*$/, '').replace(/[()]/g, '\\$&')}`) });
  const countIn = async (m: MessageSummary) => Number(/, (\d+) highlights?$/.exec((await rowOf(m).getAttribute('aria-label')) ?? '')?.[1] ?? 0);
  const copyMessages = messageIds.map((id) => messages.find((m) => m.id === id)!);
  const before = await Promise.all(copyMessages.map(countIn));

  // Carry: one highlight per copy, with the order's tags, in main; the card and the library say so.
  await orderCard.getByRole('button', { name: 'Highlight the copies' }).click();
  await expect(toggle).toBeFocused();
  await expect(page.getByRole('status')).toContainText(`Highlighted ${copies.length} quoted copies.`);
  const carried = () => annotations(casemark).then((all) => all.filter((a) => a.id !== order.id && copies.some((c) => c.documentId === a.documentId && c.start === a.start && c.end === a.end)));
  await expect.poll(async () => (await carried()).length).toBe(copies.length);
  expect((await carried()).every((a) => a.tags.join() === 'order')).toBe(true);
  await expect(toggle).toContainText('all highlighted');
  await expect(list.getByText('highlighted')).toHaveCount(copies.length);
  await expect(orderCard.getByRole('button', { name: 'Highlight the copies' })).toHaveCount(0);
  await page.locator('.sidebar').screenshot({ path: 'test-results/links-copies-carried.png' });
  for (const [i, m] of copyMessages.entries()) {
    const added = copies.filter((c) => c.messageId === m.id).length;
    await expect.poll(() => countIn(m)).toBe(before[i]! + added);
  }

  // Opening a copy opens its message; its new card says the passage also stands elsewhere, all highlighted.
  const first = copies[0]!;
  await list.getByRole('button').first().click();
  await expect(rowOf(copyMessages[0]!)).toHaveAttribute('aria-current', 'true');
  const firstCarried = (await carried()).find((a) => a.documentId === first.documentId && a.start === first.start)!;
  await expect(card(page, firstCarried.id).getByRole('button', { name: /^Also in \d+ other messages/ })).toContainText('all highlighted');

  // One undo takes every carried highlight back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await carried()).length).toBe(0);
  for (const [i, m] of copyMessages.entries()) await expect.poll(() => countIn(m)).toBe(before[i]!);
  await page.getByRole('row', { name: HQ_ROW }).click();
  await card(page, order.id).getByRole('button', { name: /^Quoted in/ }).click();
  await expect(card(page, order.id).getByRole('button', { name: 'Highlight the copies' })).toBeVisible();

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
