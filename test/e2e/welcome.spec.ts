// End-to-end check of the welcome screen: it renders, is keyboard reachable, logs no errors and stays offline.
import { join } from 'node:path';
import { APP_URL, expect, test } from './harness';

const BUTTON_NAMES = ['Open sample case', 'New case…', 'Open case…'];

test('welcome screen offers the three ways into a case and makes no network request', async ({
  page,
  blockedRequests,
  consoleErrors,
}, testInfo) => {
  await page.goto(APP_URL);

  await expect(page.getByRole('heading', { level: 1, name: 'Casemark' })).toBeVisible();
  const buttons = BUTTON_NAMES.map((name) => page.getByRole('button', { name, exact: true }));
  for (const button of buttons) await expect(button).toBeVisible();

  // Tab order follows the reading order, and the focused button shows a ring.
  for (const button of buttons) {
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect(button).not.toHaveCSS('outline-style', 'none');
  }

  // The harness does not provide window.casemark yet, so the app must say it is unconnected.
  await expect(page.getByRole('status')).toHaveText('Not connected to the Casemark main process.');

  await page.screenshot({ path: join(testInfo.project.outputDir, 'welcome.png') });

  expect(consoleErrors).toEqual([]);
  expect(blockedRequests).toEqual([]);
});
