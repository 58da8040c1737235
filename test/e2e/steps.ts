// Steps the end-to-end specs share: open the sample case, select words in the reader, read the case's annotations.
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { AnnotationView } from '../../shared/model';
import { APP_URL, expect, type Casemark } from './harness';

export async function openSample(page: Page): Promise<void> {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Open sample case' }).click();
  await expect(page.getByRole('treegrid', { name: 'Messages and documents' })).toBeVisible();
}

/** Selects words in the reader through the Selection API (the mouse path has its own spec). */
export async function select(page: Page, words: string): Promise<void> {
  await page.evaluate((target) => {
    const walker = document.createTreeWalker(document.querySelector('.reader-text')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(target);
      if (at < 0) continue;
      window.getSelection()!.setBaseAndExtent(node, at, node, at + target.length);
      return;
    }
    throw new Error(`"${target}" is not in the reader`);
  }, words);
}

/** The annotations of the open case, read through the service the window uses. */
export async function annotations(casemark: Casemark, documentId?: number): Promise<AnnotationView[]> {
  const result = await dispatch(casemark.app.service, 'listAnnotations', documentId ? { documentId } : {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AnnotationView[];
}
