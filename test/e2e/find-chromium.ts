// Picks the Chromium that Playwright drives; scripts/e2e.mjs applies the same order before it starts Playwright.
import { accessSync, constants, statSync } from 'node:fs';

// Debian's package; Playwright's own browsers cannot be downloaded on machines without internet.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// Undefined means "let Playwright use the browser it manages itself".
export function findChromium(): string | undefined {
  const fromEnv = process.env.CASEMARK_CHROMIUM;
  if (fromEnv && isExecutableFile(fromEnv)) return fromEnv;
  if (isExecutableFile(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}
