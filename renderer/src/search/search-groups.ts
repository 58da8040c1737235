// The search results as the panel lists them: one group per message (or per document without
// messages), headed by its subject or title, sender, date and file, and the count that sums them up.
import type { DocumentSummary, MessageSummary, SearchHit } from '../../../shared/model';
import { groupSearchHits } from '../../../shared/search/group';
import { displayName, plural, shortDate } from '../format';

export interface ResultGroup {
  key: string;
  /** A message's subject, or a document's title. */
  title: string;
  /** The sender's name; null for a document. */
  sender: string | null;
  date: string;
  /** The file that holds it (a PDF release, an attachment), when that says more than the title. */
  source: string | null;
  kind: 'message' | 'document';
  hits: ResultHit[];
}

export interface ResultHit {
  /** Its place in the flat list (keyboard order), and the option's DOM id. */
  index: number;
  id: string;
  hit: SearchHit;
  /** "Page 3 · 2017-ICLI-00026 000123" for a PDF page, else null. */
  where: string | null;
  /** What kind of match, when it is not the text itself. */
  label: string | null;
}

/** Where a hit of a PDF is: its page and its printed stamp. */
export function pageLabel(hit: SearchHit): string | null {
  if (hit.page === undefined) return null;
  return hit.stamp ? `Page ${hit.page + 1} · ${hit.stamp}` : `Page ${hit.page + 1}`;
}

export function buildGroups(hits: readonly SearchHit[], messages: ReadonlyMap<number, MessageSummary>, documents: ReadonlyMap<number, DocumentSummary>): ResultGroup[] {
  let index = 0;
  return groupSearchHits(hits).map((group) => {
    const message = group.messageId !== null ? messages.get(group.messageId) : undefined;
    const document = documents.get(group.documentId);
    const file = document?.fileName ?? document?.title ?? `Document ${group.documentId}`;
    const title = message ? message.subject?.trim() || document?.title || 'No subject' : document?.title.trim() || file;
    // A message in an .eml is its file; in a PDF release or a mailbox, the file says where it was found.
    const source = message ? (document && (document.kind === 'pdf' || document.kind === 'mbox' || document.messageCount > 1) ? file : null) : file !== title ? file : null;
    return {
      key: `${group.documentId}:${group.messageId ?? ''}`,
      title,
      sender: message ? displayName(message.from) : null,
      date: message ? shortDate(message.date) || (message.rawDate ?? '') : '',
      source,
      kind: group.messageId !== null ? 'message' : 'document',
      hits: group.hits.map((hit) => {
        const at = index++;
        const label = hit.annotationId ? 'In a highlight’s note' : hit.start === undefined ? 'In the subject or people' : null;
        return { index: at, id: `search-hit-${at}`, hit, where: pageLabel(hit), label };
      }),
    };
  });
}

/** "24 hits in 9 messages", "3 hits in 2 messages and 1 document". */
export function summarize(groups: readonly ResultGroup[]): string {
  const hits = groups.reduce((n, g) => n + g.hits.length, 0);
  if (hits === 0) return 'No hits';
  const messages = groups.filter((g) => g.kind === 'message').length;
  const documents = groups.length - messages;
  const places = [messages ? plural(messages, 'message') : '', documents ? plural(documents, 'document') : ''].filter(Boolean).join(' and ');
  return `${plural(hits, 'hit')} in ${places}`;
}
