// The real desktop app, launched through Playwright's Electron driver: the window opens on the sample
// case, the page gets exactly the contract and nothing of Node, the menu is there, and the network is
// refused. Electron's binary cannot be downloaded on every machine (not on the CI machines of this
// project): where it is missing, this suite says so and is skipped; everywhere else it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { METHOD_NAMES, type CasemarkApi } from '../../shared/ipc';

type Bridged = Window & { casemark?: CasemarkApi };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Electron's binary, if this machine has one (its npm package downloads it lazily). */
function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test.skip(electronBinary() === null, 'no Electron binary on this machine (it could not be downloaded); the real-app suite runs where npm start can');

let app: ElectronApplication;
let page: Page;
let home: string;

test.beforeAll(async () => {
  const prepared = spawnSync(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--prepare'], { cwd: ROOT, encoding: 'utf8' });
  expect(prepared.status, prepared.stderr).toBe(0);
  const { electron, binding } = JSON.parse(prepared.stdout.trim().split('\n').pop()!) as { electron: string; binding: string };
  home = mkdtempSync(join(tmpdir(), 'casemark-electron-'));
  app = await _electron.launch({
    executablePath: electron,
    args: [join(ROOT, 'out/main/index.js')],
    env: { ...process.env, CASEMARK_SQLITE_BINDING: binding, CASEMARK_HOME: home },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('opens on the sample case with the contract as window.casemark and nothing of Node', async () => {
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sample case');
  expect(page.url()).toBe('app://casemark/index.html');
  const exposed = await page.evaluate(() => ({
    keys: Object.keys((window as Bridged).casemark ?? {}).sort(),
    node: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ keys: [...METHOD_NAMES, 'on', 'pathForFile', 'documentUrl'].sort(), node: 'undefined', process: 'undefined' });
  const tags = await page.evaluate(() => (window as Bridged).casemark!.listTags({}));
  expect(tags).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ path: 'order' })]) });
});

test('has the File, Edit, View and Help menus', async () => {
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')) ?? []);
  expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
});

test('refuses the network, navigation and new windows', async () => {
  const fetched = await page.evaluate(() => fetch('https://example.org/').then(() => 'reached', (error: Error) => `refused: ${error.message}`));
  expect(fetched).toMatch(/^refused/);
  await page.evaluate(() => window.open('https://example.org/'));
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://casemark/index.html');
});
