// Runs the end-to-end suite: finds a Chromium, builds the renderer, then runs Playwright with any extra arguments.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// A package's command-line entry, run with this very Node: no shell and no .bin shims (which differ on Windows).
function binPath(packageName, binName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[binName]);
}

function run(packageName, binName, args, env = process.env) {
  const result = spawnSync(process.execPath, [binPath(packageName, binName), ...args], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

async function hasManagedChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    return isExecutableFile(chromium.executablePath());
  } catch {
    // Playwright throws for host platforms it has no browser build for.
    return false;
  }
}

// Same order as test/e2e/find-chromium.ts; 'managed' means Playwright's own download.
async function findBrowser() {
  const fromEnv = process.env.CASEMARK_CHROMIUM;
  if (fromEnv && isExecutableFile(fromEnv)) return fromEnv;
  if (isExecutableFile(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (await hasManagedChromium()) return 'managed';
  return undefined;
}

let browser = await findBrowser();
if (!browser) {
  console.log('e2e: no Chromium found; trying `playwright install chromium` once…');
  // Its stderr is only download noise when offline; the single line below says what to do.
  spawnSync(process.execPath, [binPath('@playwright/test', 'playwright'), 'install', 'chromium'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'ignore'],
  });
  browser = await findBrowser();
}
if (!browser) {
  console.error(
    'e2e: no Chromium found (set CASEMARK_CHROMIUM, install Debian\'s chromium, or run `npx playwright install chromium` with internet access); end-to-end tests not run.',
  );
  // CI must have a browser; on a developer's machine a missing one is not a failure.
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

const fromEnvIgnored = process.env.CASEMARK_CHROMIUM && browser !== process.env.CASEMARK_CHROMIUM;
if (fromEnvIgnored) {
  console.warn(`e2e: CASEMARK_CHROMIUM=${process.env.CASEMARK_CHROMIUM} is not an executable file; using ${browser}.`);
}

const buildStatus = run('vite', 'vite', ['build', '--config', 'renderer/vite.config.ts']);
if (buildStatus !== 0) process.exit(buildStatus);

// playwright.config.ts reads CASEMARK_CHROMIUM first, so the browser chosen here is the one it uses.
const env = { ...process.env };
if (browser === 'managed') delete env.CASEMARK_CHROMIUM;
else env.CASEMARK_CHROMIUM = browser;
process.exit(run('@playwright/test', 'playwright', ['test', ...process.argv.slice(2)], env));
