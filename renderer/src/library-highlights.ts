// Which library item each highlight belongs to: the message whose text range holds the highlight's start,
// or, for a document without messages, the document itself. The library counts and filters by tag with it.
import type { AnnotationView } from '../../shared/model';
import type { LibraryItem } from './library-items';

export type LibraryHighlight = Pick<AnnotationView, 'documentId' | 'start' | 'end' | 'tags'>;

type MessageItem = Extract<LibraryItem, { kind: 'message' }>;

/**
 * Each item's highlights, by item key. A highlight that starts outside every message of a document that has
 * messages (in a gap between printed header blocks, say) belongs to no item: the library cannot say whose it is.
 */
export function highlightsByItem(items: readonly LibraryItem[], highlights: readonly LibraryHighlight[]): Map<string, LibraryHighlight[]> {
  const messagesOf = new Map<number, MessageItem[]>();
  const looseDocuments = new Map<number, string>();
  for (const item of items) {
    if (item.kind === 'document') {
      looseDocuments.set(item.documentId, item.key);
      continue;
    }
    const list = messagesOf.get(item.documentId);
    if (list) list.push(item);
    else messagesOf.set(item.documentId, [item]);
  }
  for (const list of messagesOf.values()) list.sort((a, b) => a.message.start - b.message.start);

  const byItem = new Map<string, LibraryHighlight[]>();
  const add = (key: string, highlight: LibraryHighlight) => {
    const list = byItem.get(key);
    if (list) list.push(highlight);
    else byItem.set(key, [highlight]);
  };
  for (const highlight of highlights) {
    const messages = messagesOf.get(highlight.documentId);
    if (messages) {
      const holder = holderOf(messages, highlight.start);
      if (holder) add(holder.key, highlight);
    } else {
      const key = looseDocuments.get(highlight.documentId);
      if (key !== undefined) add(key, highlight);
    }
  }
  return byItem;
}

/** The message (of a document's, sorted by start) whose [start, end) holds the offset. */
function holderOf(messages: readonly MessageItem[], offset: number): MessageItem | undefined {
  // The last message starting at or before the offset, by binary search: messages of a document do not overlap.
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (messages[mid]!.message.start <= offset) low = mid + 1;
    else high = mid;
  }
  const last = messages[low - 1];
  return last && offset < last.message.end ? last : undefined;
}

/** Whether any highlight carries the tag or one of its sub-tags ("failure report" matches "failure report/late"). */
export function hasTag(highlights: readonly LibraryHighlight[], path: string): boolean {
  const tag = path.toLowerCase();
  return highlights.some((h) => h.tags.some((t) => {
    const own = t.toLowerCase();
    return own === tag || own.startsWith(`${tag}/`);
  }));
}

/** The tag paths the highlights carry, with every parent path ("a/b" gives "a" too), sorted: the tag filter's choices. */
export function usedTagPaths(highlights: readonly LibraryHighlight[]): string[] {
  const paths = new Set<string>();
  for (const h of highlights) {
    for (const tag of h.tags) {
      const segments = tag.split('/');
      for (let i = 1; i <= segments.length; i++) paths.add(segments.slice(0, i).join('/'));
    }
  }
  return [...paths].sort((a, b) => a.localeCompare(b));
}
