// Playwright configuration for the UI-at-scale benchmark (run by `npm run bench`, never by `npm test`):
// the e2e suite's Chromium and options, specs named *.bench.ts in this folder, and time for large cases.
import { defineConfig, type Project } from '@playwright/test';
import suite from '../../../playwright.config';

const chromium = suite.projects?.find((p: Project) => p.name === 'chromium');
if (!chromium) throw new Error('playwright.config.ts has no chromium project');

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../../test-results/bench-ui',
  reporter: 'list',
  // The full run opens 50,000 messages and 10,000 highlights: measured, so only bounded against hanging.
  timeout: 1_800_000,
  workers: 1,
  use: suite.use,
  projects: [{ name: 'chromium', use: chromium.use }],
});
