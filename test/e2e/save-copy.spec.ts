// "Save a copy…" from the case header: the harness answers the save chooser; the copy opens, verifies
// and holds the case's highlights, and the status line says where it went. A name already taken is
// refused in words, and the case keeps working.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closeCase, openCase } from '../../main/store/case-file';
import { verifyCase } from '../../main/store/verify';
import { expect, test } from './harness';
import { annotations, openSample } from './steps';

test('saves a verified copy of the open case where the user chooses, and refuses to overwrite a file', async ({ page, casemark, blockedRequests, consoleErrors }) => {
  await openSample(page);
  const path = join(casemark.home, 'sample (copy).casemark');
  casemark.dialogs.save = path;
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved a copy of the case \(\d+(\.\d)? (KB|MB)\); it verifies: .*sample \(copy\)\.casemark$/);

  const copy = openCase(path, { readonly: true });
  try {
    expect(verifyCase(copy)).toMatchObject({ ok: true, problems: [] });
    const ids = (copy.db.prepare('SELECT id FROM annotations ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual((await annotations(casemark)).map((a) => a.id).sort());
  } finally {
    closeCase(copy);
  }

  // The same name again: refused, nothing replaced, and the button is ready for another try.
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  await expect(page.getByRole('status')).toHaveText(/already exists; choose a new file name for the backup\./);
  await expect(page.getByRole('button', { name: 'Save a copy…' })).toBeEnabled();
  // Cancelling the chooser saves nothing.
  casemark.dialogs.save = null;
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  await expect(page.getByRole('status')).toHaveText('No copy saved.');
  expect(existsSync(join(casemark.home, 'sample (copy) (2).casemark'))).toBe(false);
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
