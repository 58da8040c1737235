// The library's columns and how each sorts. Empty values (a document has no sender, a message may have no
// date) go last in either direction; equal values keep the library's own order (by date, then by title).
import { missingCase } from '../../shared/result';
import { displayName, sortTime } from './format';
import type { LibraryItem } from './library-items';

export const SORT_COLUMNS = ['date', 'from', 'to', 'subject', 'document', 'highlights'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface LibrarySort {
  column: SortColumn;
  descending: boolean;
}

export const DEFAULT_SORT: LibrarySort = { column: 'date', descending: false };

export const COLUMN_LABELS: Record<SortColumn, string> = {
  date: 'Date',
  from: 'From',
  to: 'To',
  subject: 'Subject',
  document: 'Document',
  highlights: 'Highlights',
};

/** A click on the sorted column reverses it; on another column, sorts by that one, ascending. */
export function nextSort(current: LibrarySort, column: SortColumn): LibrarySort {
  return current.column === column ? { column, descending: !current.descending } : { column, descending: false };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** "Due Tonight" out of "RE: FW: Due Tonight": replies sort with the message they answer, as mail programs do. */
export function bareSubject(subject: string): string {
  return subject.replace(/^(?:\s*(?:re|fw|fwd|aw|sv|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+/i, '').trim();
}

type Key = string | number | null;

function keyOf(item: LibraryItem, column: SortColumn, countOf: (item: LibraryItem) => number): Key {
  const message = item.kind === 'message' ? item.message : null;
  switch (column) {
    case 'date': {
      const t = sortTime(message?.date ?? null);
      return Number.isFinite(t) ? t : null;
    }
    case 'from':
      return message?.from ? displayName(message.from) : null;
    case 'to':
      return message && message.to.length > 0 ? message.to.map(displayName).join(', ') : null;
    case 'subject':
      return bareSubject(item.title);
    case 'document':
      return item.source;
    case 'highlights':
      return countOf(item);
    default:
      return missingCase(column);
  }
}

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The items sorted by the column; a stable sort, so ties keep the order they came in. */
export function sortLibrary(items: readonly LibraryItem[], sort: LibrarySort, countOf: (item: LibraryItem) => number): LibraryItem[] {
  const keyed = items.map((item, index) => ({ item, index, key: keyOf(item, sort.column, countOf) }));
  const sign = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    return sign * compareKeys(a.key, b.key) || a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
