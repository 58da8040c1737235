// Review marks in the library: each item's mark, the review filter, the progress line's words, and the
// next item still to review in the library's order.
import type { ReviewProgress } from '../../shared/model';
import { missingCase } from '../../shared/result';
import { plural } from './format';
import type { LibraryItem } from './library-items';

export const REVIEW_FILTERS = ['all', 'unreviewed', 'reviewed', 'flagged'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const REVIEW_FILTER_LABELS: Record<ReviewFilter, string> = {
  all: 'All',
  unreviewed: 'Not reviewed',
  reviewed: 'Reviewed',
  flagged: 'Flagged',
};

export interface ReviewMark {
  reviewed: boolean;
  flagged: boolean;
}

/** A message's or a loose document's mark (a summary made without one counts as unmarked). */
export function reviewOf(item: LibraryItem): ReviewMark {
  const summary = item.kind === 'message' ? item.message : item.document;
  return { reviewed: summary.reviewed === true, flagged: summary.flagged === true };
}

export function matchesReview(item: LibraryItem, filter: ReviewFilter): boolean {
  const mark = reviewOf(item);
  switch (filter) {
    case 'all':
      return true;
    case 'unreviewed':
      return !mark.reviewed;
    case 'reviewed':
      return mark.reviewed;
    case 'flagged':
      return mark.flagged;
    default:
      return missingCase(filter);
  }
}

/** ", reviewed, flagged": what a row's accessible name adds for its mark ("" when unmarked). */
export function markLabel(mark: ReviewMark): string {
  return `${mark.reviewed ? ', reviewed' : ''}${mark.flagged ? ', flagged' : ''}`;
}

export interface ProgressSummary {
  /** ["3 of 6 messages reviewed", "0 of 1 document"] (documents only when the library lists some on their own). */
  parts: string[];
  /** "1 flagged", or null when nothing is. */
  flagged: string | null;
  done: number;
  total: number;
}

/** The progress line's words; null for a case with nothing to review. */
export function progressSummary(p: ReviewProgress): ProgressSummary | null {
  const total = p.messages + p.documents;
  if (total === 0) return null;
  const documents = `${p.documentsReviewed} of ${plural(p.documents, 'document')}`;
  const parts =
    p.messages === 0
      ? [`${documents} reviewed`]
      : [`${p.messagesReviewed} of ${plural(p.messages, 'message')} reviewed`, ...(p.documents > 0 ? [documents] : [])];
  return { parts, flagged: p.flagged > 0 ? `${p.flagged} flagged` : null, done: p.messagesReviewed + p.documentsReviewed, total };
}

/** The first item after `fromKey` (going round to the top) that is not reviewed; never `fromKey` itself. */
export function nextUnreviewed(order: readonly LibraryItem[], fromKey: string | null): LibraryItem | null {
  const from = order.findIndex((item) => item.key === fromKey);
  for (let step = 1; step <= order.length; step++) {
    const item = order[(from + step) % order.length]!;
    if (item.key !== fromKey && !reviewOf(item).reviewed) return item;
  }
  return null;
}
