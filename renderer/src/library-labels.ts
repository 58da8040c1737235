// What a screen reader says for each library row (and what the end-to-end tests find rows by): the item or
// thread, its review marks, then its highlights.
import { displayName, plural, shortDate } from './format';
import { kindLabel, type LibraryItem } from './library-items';
import { markLabel, reviewOf } from './library-review';
import type { ThreadRow } from './library-threads';

export function itemLabel(item: LibraryItem, highlights: number): string {
  const label =
    item.kind === 'message'
      ? `${item.title}, from ${displayName(item.message.from)}, ${shortDate(item.message.date) || 'undated'}`
      : `${item.title}, ${kindLabel(item.document)}`;
  const marked = label + markLabel(reviewOf(item));
  return highlights > 0 ? `${marked}, ${plural(highlights, 'highlight')}` : marked;
}

/** ", 2 of 6 reviewed, 1 flagged" (or ", all reviewed"): what a thread row adds for its messages' marks. */
function threadReview(row: ThreadRow): string {
  const reviewed = row.reviewed === 0 ? '' : row.reviewed === row.size ? ', all reviewed' : `, ${row.reviewed} of ${row.size} reviewed`;
  return row.flagged > 0 ? `${reviewed}, ${row.flagged} flagged` : reviewed;
}

export function threadLabel(row: ThreadRow, highlights: number): string {
  const label = `${row.subject}, thread of ${row.size} messages, ${row.span}${threadReview(row)}`;
  return highlights > 0 ? `${label}, ${plural(highlights, 'highlight')}` : label;
}
