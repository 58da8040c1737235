// What a highlight's quoted copies come to: how many messages hold them, whether all are later than the
// highlight's own message, which are highlighted already (read live from the case's highlights), and the line that says so.
import type { AnnotationView, QuotedCopy } from '../../../shared/model';
import { plural, sortTime } from '../format';

export interface CopyRow {
  copy: QuotedCopy;
  highlighted: boolean;
}

export interface CopiesSummary {
  rows: CopyRow[];
  /** "Quoted in 2 later messages", "Also in 3 other messages". */
  line: string;
  /** Copies not yet highlighted with the original's tags: what carrying would highlight. */
  remaining: QuotedCopy[];
}

/** A highlight with the same range that carries every tag of the original (as main's own check). */
export function isHighlighted(copy: Pick<QuotedCopy, 'documentId' | 'start' | 'end'>, tags: readonly string[], highlights: readonly AnnotationView[]): boolean {
  const wanted = tags.map((t) => t.toLowerCase());
  return highlights.some((h) => {
    if (h.documentId !== copy.documentId || h.start !== copy.start || h.end !== copy.end) return false;
    const have = new Set(h.tags.map((t) => t.toLowerCase()));
    return wanted.every((t) => have.has(t));
  });
}

/**
 * Sums up the copies of `original`. `highlights` are the case's (an empty list: not read yet, so main's
 * own flags stand); `ownDate` is the date of the original's message.
 */
export function summarizeCopies(original: Pick<AnnotationView, 'tags'>, copies: readonly QuotedCopy[], highlights: readonly AnnotationView[], ownDate: string | null): CopiesSummary {
  const rows = copies.map((copy) => ({ copy, highlighted: highlights.length > 0 ? isHighlighted(copy, original.tags, highlights) : copy.alreadyHighlighted }));
  const places = new Set(copies.map((c) => (c.messageId !== null ? `m${c.messageId}` : `d${c.documentId}`)));
  const noun = copies.every((c) => c.messageId !== null) ? 'message' : 'place';
  const own = sortTime(ownDate);
  const allLater = ownDate !== null && copies.every((c) => c.date !== null && sortTime(c.date) > own);
  const count = plural(places.size, allLater ? `later ${noun}` : `other ${noun}`);
  return {
    rows,
    line: allLater ? `Quoted in ${count}` : `Also in ${count}`,
    remaining: rows.filter((r) => !r.highlighted).map((r) => r.copy),
  };
}
