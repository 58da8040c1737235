// Screenshots of the main screens on the sample case, light and dark, for review (`npx playwright test screens`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './harness';
import { openSample, select } from './steps';

const SCREENS = join(process.cwd(), 'test-results', 'screens');
const FIRST_SUBJECT = 'Due Tonight for S1 – URGENT';

async function shot(page: Page, name: string): Promise<void> {
  // The caret and the toolbar's entry are not part of what is reviewed; let layout settle first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screens @screens: ${scheme}`, async ({ page, casemark, blockedRequests, consoleErrors }) => {
    expect(casemark.home).toBeTruthy();
    mkdirSync(SCREENS, { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });

    await page.goto(APP_URL);
    await expect(page.getByRole('button', { name: 'Open sample case' })).toBeVisible();
    await shot(page, `welcome-${scheme}`);

    await openSample(page);
    await page.getByRole('row', { name: /^FW: Due Tonight/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: `FW: ${FIRST_SUBJECT}` })).toBeVisible();
    // From the filter into the list by keyboard, so the list shows its keyboard cursor.
    await page.getByRole('searchbox', { name: 'Filter the library' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await shot(page, `library-${scheme}`);

    // The reader with highlights in all three tag colours, and the selection toolbar over a fresh selection.
    await page.getByRole('row', { name: /^RE: Due Tonight.*Quincy Notreal/ }).click();
    await expect(page.locator('mark.hl').first()).toBeVisible();
    await select(page, 'they want more from Texas');
    await page.getByRole('toolbar', { name: 'Highlight the selection as' }).getByRole('button', { name: /response/ }).click();
    await expect(page.locator('mark.hl')).toHaveCount(3);
    await select(page, 'conviction dates and sentences exact');
    await expect(page.getByRole('toolbar', { name: 'Highlight the selection as' })).toBeVisible();
    await shot(page, `reader-${scheme}`);

    await page.getByRole('row', { name: /^Due Tonight.*Harlan Placeholder/ }).click();
    await expect(page.locator('mark.hl').first()).toBeVisible();
    // A focused highlight shows its re-tag toolbar; its card in the sidebar has the note editor.
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    const note = page.getByRole('textbox', { name: 'Note' }).nth(1);
    await note.click();
    await note.fill('HQ sets a same-night deadline; compare with the 11 Feb reply from San Antonio.');
    await shot(page, `note-editor-${scheme}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('toolbar', { name: 'Re-tag or delete the highlight' })).toBeVisible();
    await shot(page, `highlight-focused-${scheme}`);

    // Two highlights on the same words: the newer is drawn, the older keeps a small tab of its colour.
    await select(page, 'three most egregious cases');
    await page.keyboard.press('3');
    await expect(page.locator('mark.hl-marker')).toHaveCount(1);
    await shot(page, `overlap-${scheme}`);

    // A message with an attachment, scrolled to its list.
    await page.getByRole('row', { name: /^RE: Due Tonight.*Priya Mockridge/ }).click();
    const attachments = page.getByRole('region', { name: '1 attachment' });
    await attachments.scrollIntoViewIfNeeded();
    await expect(attachments).toBeVisible();
    await shot(page, `attachments-${scheme}`);

    // Back on the welcome screen, the cases opened before are listed.
    await casemark.app.service.newCase({ path: join(casemark.home, 'ice-2017-release.casemark'), title: 'ICE release 2017-ICLI-00026' });
    await casemark.app.service.closeCase({});
    await page.reload();
    await expect(page.getByRole('region', { name: 'Recent cases' })).toBeVisible();
    await shot(page, `welcome-recent-${scheme}`);

    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
  });
}
