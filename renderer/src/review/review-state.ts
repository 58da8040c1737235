// The review bar's view of what the reader shows: which message or document it is, its mark, and the words
// for it ("Reviewed ✓ by ana on 3 Mar 2025, 14:02"). Who and when come only from a mark made in this window
// (the library's summaries carry the mark, not its author), so they are remembered here, item by item.
import type { DocumentSummary, MessageSummary, ReviewState } from '../../../shared/model';

export interface ReviewTarget {
  /** The library item's key: "m12" for a message, "d4" for a document. */
  key: string;
  /** What setReview is told about it. */
  input: { messageId: number } | { documentId: number };
  noun: 'message' | 'document';
  reviewed: boolean;
  flagged: boolean;
}

export interface Mark {
  reviewed: boolean;
  flagged: boolean;
}

/** The open message, or the document when the reader shows one on its own. */
export function reviewTarget(document: DocumentSummary, message: MessageSummary | null): ReviewTarget {
  if (message) {
    return { key: `m${message.id}`, input: { messageId: message.id }, noun: 'message', reviewed: message.reviewed === true, flagged: message.flagged === true };
  }
  return { key: `d${document.id}`, input: { documentId: document.id }, noun: 'document', reviewed: document.reviewed === true, flagged: document.flagged === true };
}

// By document hash as well as item key: ids are a case's own, and the window can open another case.
const known = new Map<string, ReviewState>();
const knownKey = (document: DocumentSummary, key: string) => `${document.sha256}:${key}`;

export function rememberReview(document: DocumentSummary, key: string, state: ReviewState): void {
  known.set(knownKey(document, key), state);
}

/** Who marked it reviewed and when, if that mark (the one shown) was made in this window. */
export function recallReview(document: DocumentSummary, key: string, mark: Mark): ReviewState | null {
  const state = known.get(knownKey(document, key));
  return state && state.reviewed === mark.reviewed ? state : null;
}

/** "3 Mar, 14:02" (with the year when not this one) on the reader's own clock: a review happens where the reviewer is. */
export function localTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const year = date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' as const };
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', ...year, hour: '2-digit', minute: '2-digit' }).format(date);
}

/** The bar's words for the review: "Not reviewed yet", "Reviewed ✓", or "Reviewed ✓ by ana on 3 Mar 2025, 14:02". */
export function reviewedText(mark: Mark, details: ReviewState | null, time: (iso: string) => string = localTime): string {
  if (!mark.reviewed) return 'Not reviewed yet';
  const by = details?.author ? ` by ${details.author}` : '';
  const on = details?.reviewedAt ? ` on ${time(details.reviewedAt)}` : '';
  return `Reviewed ✓${by}${on}`;
}
