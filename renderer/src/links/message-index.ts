// Which message holds an offset of a document: what a highlight's date, sender and subject are.
import type { MessageSummary } from '../../../shared/model';

export interface MessageIndex {
  /** The message whose range holds the offset, or null (a document without messages, a gap between them). */
  at(documentId: number, offset: number): MessageSummary | null;
}

export function indexMessages(messages: readonly MessageSummary[]): MessageIndex {
  const byDocument = new Map<number, MessageSummary[]>();
  for (const m of messages) {
    const list = byDocument.get(m.documentId);
    if (list) list.push(m);
    else byDocument.set(m.documentId, [m]);
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.start - b.start);
  return {
    at(documentId, offset) {
      const list = byDocument.get(documentId);
      if (!list) return null;
      // The last message starting at or before the offset, if its range reaches it.
      let lo = 0;
      let hi = list.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.start <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const m = found >= 0 ? list[found]! : null;
      return m && offset < m.end ? m : null;
    },
  };
}
