// Quoted copies read from main once per highlight and version (its id and modifiedAt), a few at a time,
// so a sidebar of many cards stays fast and main is not flooded as cards scroll into view.
import type { AnnotationView, QuotedCopy } from '../../../shared/model';
import { call } from '../api';

/** quotedCopies calls in flight at once. */
const PARALLEL = 2;
/** Highlights remembered; the oldest are forgotten first. */
const LIMIT = 2000;

type Key = Pick<AnnotationView, 'id' | 'modifiedAt'>;

export class CopiesCache {
  private readonly done = new Map<string, readonly QuotedCopy[]>();
  private readonly pending = new Map<string, Promise<readonly QuotedCopy[] | undefined>>();
  private readonly queue: Array<() => void> = [];
  private running = 0;

  private static key({ id, modifiedAt }: Key): string {
    return `${id}@${modifiedAt}`;
  }

  /** The copies already read for this version of the highlight, if any. */
  peek(highlight: Key): readonly QuotedCopy[] | undefined {
    return this.done.get(CopiesCache.key(highlight));
  }

  /** The copies of this version of the highlight; undefined when main could not say (the status line tells why). */
  load(highlight: Key): Promise<readonly QuotedCopy[] | undefined> {
    const key = CopiesCache.key(highlight);
    const known = this.done.get(key);
    if (known) return Promise.resolve(known);
    const waiting = this.pending.get(key);
    if (waiting) return waiting;
    const promise = this.slot()
      .then(() => call('quotedCopies', { annotationId: highlight.id }))
      .finally(() => this.release())
      .then((copies) => {
        this.pending.delete(key);
        if (copies) this.remember(key, copies);
        return copies;
      });
    this.pending.set(key, promise);
    return promise;
  }

  /** Forgets a highlight's copies (every version), e.g. after carrying it to them. */
  forget(id: string): void {
    for (const key of [...this.done.keys()]) if (key.startsWith(`${id}@`)) this.done.delete(key);
  }

  private remember(key: string, copies: readonly QuotedCopy[]): void {
    this.done.delete(key);
    this.done.set(key, copies);
    if (this.done.size > LIMIT) this.done.delete(this.done.keys().next().value!);
  }

  private slot(): Promise<void> {
    if (this.running < PARALLEL) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running--;
  }
}
