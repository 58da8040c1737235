// Playwright configuration for the end-to-end suite (run it through `npm run test:e2e`, which builds first).
import { defineConfig } from '@playwright/test';
import { findChromium } from './test/e2e/find-chromium';

export default defineConfig({
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  reporter: 'list',
  // Generous: the specs drive whole user flows, and these machines are shared.
  timeout: 60_000,
  // Two cores here; one worker keeps timings stable and the output readable.
  workers: 1,
  forbidOnly: process.env.CI === 'true',
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    // A service worker could fetch outside page.route's reach.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: findChromium(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    // The real app through Playwright's Electron driver; it skips itself where no Electron binary exists.
    { name: 'electron', testDir: 'test/electron' },
  ],
});
