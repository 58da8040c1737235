// Nothing a file contains runs in Casemark: the corpus' XSS emails and JavaScript PDFs, and hand-made
// canaries (hostile-files.ts), are imported into a case, each opened in the reader, and then the page is
// checked: no dialog, no console message, no window.open or print, no navigation or popup, no request,
// and the canary (window.__pwned, document.title) untouched. Remote images show as placeholders.
import type { Page } from '@playwright/test';
import { CORPUS, corpusPath } from '../support/corpus';
import { expect, test, type Casemark } from './harness';
import { CANARY, canaryEmail, canaryPdf } from './hostile-files';
import { openCaseWith, writeFile } from './steps';

// Importing a dozen files and painting each on two busy cores.
test.setTimeout(180_000);

const XSS_EMAILS = ['roundcube_htmlxss.txt', 'alaveteli_rtf-xss.rtf', 'roundcube_spam-with-image-data-uri.eml', 'mailparser_outofmemory.eml'];
const JAVASCRIPT_PDFS = [
  'pdfjs_evaljs.pdf',
  'pdfjs_js-buttons.pdf',
  'pdfjs_autoprint.pdf',
  'pdfjs_doc_actions.pdf',
  'pdfjs_issue15590.pdf',
  'pdfjs_js-authors.pdf',
  'pdfjs_file_url_link.pdf',
  'pdfjs_multimedia_annotations.pdf',
];

interface Watch {
  dialogs: string[];
  console: string[];
  navigations: string[];
  popups: string[];
}

/** Listens for everything a running file could cause; installed before the app's page loads. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], console: [], navigations: [], popups: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => seen.console.push(`uncaught: ${error.message}`));
  page.on('popup', (popup) => seen.popups.push(popup.url()));
  page.context().on('page', (other) => seen.popups.push(other.url()));
  page.on('framenavigated', (frame) => seen.navigations.push(frame.url()));
  // window.open and print are recorded (not performed), so a call is seen even where it would do nothing.
  await page.addInitScript(() => {
    const w = window as unknown as { __calls: string[] };
    w.__calls = [];
    window.open = (...args: unknown[]) => (w.__calls.push(`open ${String(args[0])}`), null);
    window.print = () => void w.__calls.push('print');
  });
  return seen;
}

/** What the page itself says: the canary, its title, the recorded calls, frames and its URL. */
async function pageState(page: Page) {
  return page.evaluate((canary) => {
    const w = window as unknown as Record<string, unknown> & { __calls: string[] };
    return { canary: w[canary] ?? null, title: document.title, calls: w.__calls, frames: window.frames.length, url: location.href };
  }, CANARY);
}

/** Opens the first library row of a file (the library's filter matches file names) and waits for its text or pages. */
async function openInReader(page: Page, fileName: string): Promise<'pages' | 'text'> {
  const filter = page.getByRole('searchbox', { name: 'Filter the library' });
  await filter.fill(fileName);
  const rows = page.getByRole('treegrid', { name: 'Messages and documents' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
  await expect(rows.first()).toBeVisible();
  await rows.first().click();
  const painted = page.locator('.pdf-page[data-painted]').first();
  const text = page.locator('.reader-text');
  await expect(painted.or(text)).toBeVisible();
  // Let anything the file scheduled (an open action, a timer, an image error) have its turn.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return (await painted.isVisible()) ? 'pages' : 'text';
}

async function expectNothingRan(page: Page, seen: Watch, blockedRequests: string[], where: string): Promise<void> {
  const state = await pageState(page);
  expect(state, where).toMatchObject({ canary: null, title: 'Casemark', calls: [], frames: 0 });
  expect(seen.dialogs, where).toEqual([]);
  expect(seen.console, where).toEqual([]);
  expect(seen.popups, where).toEqual([]);
  // The one navigation is the harness loading the app.
  expect(seen.navigations.filter((url) => url !== state.url), where).toEqual([]);
  expect(seen.navigations.length, where).toBe(1);
  expect(blockedRequests, where).toEqual([]);
}

async function importAndOpenEach(page: Page, casemark: Casemark, paths: string[], seen: Watch, blockedRequests: string[]): Promise<Record<string, string>> {
  await openCaseWith(page, casemark, paths, 'Hostile files');
  const shown: Record<string, string> = {};
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    shown[name] = await openInReader(page, name);
    await expectNothingRan(page, seen, blockedRequests, name);
  }
  return shown;
}

test('a hand-made email full of script and remote content, and its HTML attachment: text with placeholders, nothing runs', async ({ page, casemark, blockedRequests }) => {
  const seen = await watch(page);
  const email = writeFile(casemark, 'canary.eml', canaryEmail());
  await importAndOpenEach(page, casemark, [email], seen, blockedRequests);
  const reader = page.locator('.reader-text');
  await expect(reader).toContainText('Canary body: the quarterly numbers are below.');
  await expect(reader).toContainText('Opened [tracking pixel not loaded: tracker.example.com] by you.');
  await expect(reader).toContainText('[embedded object not loaded: evil.example]');
  await expect(reader).not.toContainText('evil.example/');
  // The subject's markup is shown as the text it is.
  await expect(page.locator('.reader-subject')).toContainText('<img src=x onerror=');
  await page.screenshot({ path: 'test-results/hostile-canary-email.png' });
  // A click on the words of the javascript: link is a click on text.
  await reader.getByText('Click for details').click();
  await expectNothingRan(page, seen, blockedRequests, 'after clicking the link text');

  // The attached HTML page, opened in the reader as its own document.
  await openInReader(page, 'attached.html');
  await expect(page.locator('.reader-text')).toContainText('Attached canary page. [image not loaded: tracker.example.com]');
  await expectNothingRan(page, seen, blockedRequests, 'attached.html');
});

test('a hand-made PDF whose open, page and link actions carry JavaScript: painted, nothing runs, the link goes nowhere', async ({ page, casemark, blockedRequests }) => {
  const seen = await watch(page);
  const pdf = writeFile(casemark, 'canary.pdf', await canaryPdf());
  const shown = await importAndOpenEach(page, casemark, [pdf], seen, blockedRequests);
  expect(shown).toEqual({ 'canary.pdf': 'pages' });
  // Clicking where the link annotation lies selects text, nothing more.
  await page.locator('.pdf-page[data-page-index="0"] .pdf-text span', { hasText: 'Link to the outside world' }).click();
  await page.screenshot({ path: 'test-results/hostile-canary-pdf.png' });
  await expectNothingRan(page, seen, blockedRequests, 'after clicking the link');
});

test.describe('the corpus', () => {
  test.skip(!CORPUS, 'CASEMARK_CORPUS is not set (point it at ../shared/corpus)');

  test("XSS emails: each opened in the reader, nothing runs", async ({ page, casemark, blockedRequests }) => {
    const seen = await watch(page);
    const shown = await importAndOpenEach(page, casemark, XSS_EMAILS.map((f) => corpusPath('email-hostile', f)), seen, blockedRequests);
    expect(Object.values(shown)).toEqual(XSS_EMAILS.map(() => 'text'));
  });

  test('JavaScript PDFs (eval, buttons, autoprint, document actions, an alert on open, links): each painted, nothing runs', async ({ page, casemark, blockedRequests }) => {
    const seen = await watch(page);
    const shown = await importAndOpenEach(page, casemark, JAVASCRIPT_PDFS.map((f) => corpusPath('pdf-hostile', f)), seen, blockedRequests);
    expect(shown).toEqual(Object.fromEntries(JAVASCRIPT_PDFS.map((f) => [f, 'pages'])));
    await page.screenshot({ path: 'test-results/hostile-corpus-pdf.png' });
  });
});
