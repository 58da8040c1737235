// Proves the harness's counter works, so that an empty blockedRequests in other specs means something.
import { expect, test } from './harness';

test('harness refuses and counts requests that leave the app', async ({ page, blockedRequests }) => {
  // about:blank has no CSP, so these reach the harness's routes instead of being stopped by the page.
  await page.evaluate(async () => {
    await fetch('https://example.org/data').catch(() => undefined);
    new WebSocket('wss://example.net/socket');
  });
  await expect(page.goto('https://example.com/page')).rejects.toThrow();

  await expect
    .poll(() => [...blockedRequests].sort())
    .toEqual(['https://example.com/page', 'https://example.org/data', 'wss://example.net/socket']);
});
