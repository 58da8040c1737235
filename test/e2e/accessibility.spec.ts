// axe-core on the main screens, in the light and the dark scheme: no serious or critical violation anywhere.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './harness';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`welcome, library, reader, toolbars and note editor pass axe (${colorScheme})`, async ({ page, casemark, blockedRequests, consoleErrors }) => {
    expect(casemark.home).toBeTruthy();
    await page.emulateMedia({ colorScheme });
    await page.goto(APP_URL);
    await expect(page.getByRole('button', { name: 'Open sample case' })).toBeVisible();
    expect(await seriousViolations(page), 'welcome').toEqual([]);

    await page.getByRole('button', { name: 'Open sample case' }).click();
    const list = page.getByRole('treegrid', { name: 'Messages and documents' });
    await list.focus();
    await expect(list.getByRole('row').filter({ has: page.getByRole('gridcell') })).toHaveCount(7);
    expect(await seriousViolations(page), 'library').toEqual([]);

    await page.getByRole('row', { name: /^RE: Due Tonight.*Quincy Notreal/ }).click();
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode()!;
      window.getSelection()!.setBaseAndExtent(node, 0, node, Math.min(12, node.nodeValue!.length));
    });
    await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
    expect(await seriousViolations(page), 'reader with the selection toolbar').toEqual([]);

    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    await page.locator('mark[data-focus-for]').first().focus();
    await expect(page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' })).toBeVisible();
    expect(await seriousViolations(page), 'focused highlight').toEqual([]);

    await page.keyboard.press('Enter');
    await page.keyboard.type('A note.');
    expect(await seriousViolations(page), 'note editor').toEqual([]);

    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
  });
}
