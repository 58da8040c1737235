// What the case says now about the highlights a memo quotes (quote, note, tags, status, citation), read with
// memoEvidence in batches and read again whenever the case changes. The last words seen of each highlight are
// kept for this session, so a quote whose highlight is deleted can still show what it said.
import type { EvidenceQuote } from '../../../shared/model';

export type FetchEvidence = (annotationIds: string[]) => Promise<EvidenceQuote[] | undefined>;

export class EvidenceStore {
  private readonly known = new Map<string, EvidenceQuote>();
  private readonly lastWords = new Map<string, string>();
  /** Every id asked for: read again on refresh, whether or not the last read succeeded. */
  private readonly wanted = new Set<string>();
  /** Ids asked for that are not yet known, read together at the end of the current task. */
  private readonly queued = new Set<string>();
  private readonly inFlight = new Set<string>();
  /** The request whose answer is the newest applied, per id: an older answer arriving late is dropped. */
  private readonly answeredBy = new Map<string, number>();
  private serial = 0;
  private scheduled = false;
  private readonly listeners = new Set<() => void>();
  /** Changes whenever anything known changes (for useSyncExternalStore). */
  version = 0;

  constructor(private readonly fetch: FetchEvidence) {}

  get(annotationId: string): EvidenceQuote | undefined {
    return this.known.get(annotationId);
  }

  /** The highlight's words as last read (even after it was deleted), or null when never read. */
  lastQuote(annotationId: string): string | null {
    return this.lastWords.get(annotationId) ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Reads the highlights not known yet (nor being read). */
  want(annotationIds: readonly string[]): void {
    let added = false;
    for (const id of annotationIds) {
      this.wanted.add(id);
      if (this.known.has(id) || this.inFlight.has(id) || this.queued.has(id)) continue;
      this.queued.add(id);
      added = true;
    }
    if (added) this.schedule();
  }

  /** Reads every highlight asked for so far again (the case changed). */
  refresh(): void {
    for (const id of this.wanted) this.queued.add(id);
    if (this.queued.size > 0) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      const ids = [...this.queued];
      this.queued.clear();
      if (ids.length > 0) void this.read(ids);
    });
  }

  private async read(ids: string[]): Promise<void> {
    const serial = ++this.serial;
    for (const id of ids) this.inFlight.add(id);
    let answer: EvidenceQuote[] | undefined;
    try {
      answer = await this.fetch(ids);
    } finally {
      for (const id of ids) this.inFlight.delete(id);
    }
    if (!answer) return;
    let changed = false;
    for (const quote of answer) {
      if ((this.answeredBy.get(quote.annotationId) ?? 0) > serial) continue;
      this.answeredBy.set(quote.annotationId, serial);
      if (quote.quote !== null) this.lastWords.set(quote.annotationId, quote.quote);
      if (!sameEvidence(this.known.get(quote.annotationId), quote)) {
        this.known.set(quote.annotationId, quote);
        changed = true;
      }
    }
    if (!changed) return;
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

function sameEvidence(a: EvidenceQuote | undefined, b: EvidenceQuote): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
