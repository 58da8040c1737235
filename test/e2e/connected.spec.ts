// The harness connects the renderer to the real service: window.casemark answers over a case on disk.
import { expect, test } from './harness';

test('window.casemark reaches the service and its case file', async ({ page, casemark, blockedRequests }) => {
  await page.goto('https://casemark.invalid/');
  const opened = await page.evaluate(() => (window as unknown as { casemark: { openSample: (a: object) => Promise<unknown> } }).casemark.openSample({}));
  expect(opened).toMatchObject({ ok: true, value: { title: expect.stringMatching(/Sample case/) } });
  const docs = await page.evaluate(() => (window as unknown as { casemark: { listDocuments: (a: object) => Promise<unknown> } }).casemark.listDocuments({}));
  expect(docs).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ title: 'Due Tonight for S1 – URGENT' })]) });
  expect(casemark.app.current()?.path).toMatch(/sample\.casemark$/);
  const refused = await page.evaluate(() => (window as unknown as { casemark: { documentText: (a: object) => Promise<unknown> } }).casemark.documentText({ documentId: 'x' }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(blockedRequests).toEqual([]);
});
