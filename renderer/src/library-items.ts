// What the library lists: every message by date, then the documents that hold no message (attachments,
// plain text, PDFs without segmented emails) by title; and the filters over them (words, tag, sender, dates, review).
import type { DocumentKind, DocumentSummary, MessageSummary } from '../../shared/model';
import { displayName, shortDate, sortTime } from './format';
import { hasTag, type LibraryHighlight } from './library-highlights';
import { matchesReview, type ReviewFilter } from './library-review';

interface ItemBase {
  key: string;
  documentId: number;
  /** A message's subject, or a document's title. */
  title: string;
  /** The Document column: the holding document's file name (or title), or a loose document's file name. */
  source: string;
  /** Lower-cased text the word filter searches. */
  haystack: string;
}

export type LibraryItem = (ItemBase & { kind: 'message'; message: MessageSummary }) | (ItemBase & { kind: 'document'; document: DocumentSummary });

const KIND_LABELS: Record<DocumentKind, string> = {
  email: 'Email',
  mbox: 'Mailbox',
  text: 'Text',
  html: 'Web page',
  pdf: 'PDF',
  msg: 'Outlook message',
  attachment: 'Attachment',
};

export function kindLabel(document: DocumentSummary): string {
  return document.parentId !== null ? `Attachment · ${KIND_LABELS[document.kind]}` : KIND_LABELS[document.kind];
}

export function buildLibrary(documents: readonly DocumentSummary[], messages: readonly MessageSummary[]): LibraryItem[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const dated = [...messages].sort((a, b) => sortTime(a.date) - sortTime(b.date) || a.id - b.id);
  const items: LibraryItem[] = dated.map((message) => {
    const holder = byId.get(message.documentId);
    const title = message.subject?.trim() || holder?.title || 'No subject';
    const source = holder?.fileName || holder?.title || `Document ${message.documentId}`;
    const haystack = [title, message.from, ...message.to, ...message.cc, shortDate(message.date), displayName(message.from), source].join('\n');
    return { kind: 'message', key: `m${message.id}`, documentId: message.documentId, message, title, source, haystack: haystack.toLowerCase() };
  });
  const withMessages = new Set(messages.map((m) => m.documentId));
  const loose = documents.filter((d) => !withMessages.has(d.id)).sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
  for (const document of loose) {
    const title = document.title.trim() || document.fileName || `Document ${document.id}`;
    const source = document.fileName || kindLabel(document);
    const haystack = [title, document.fileName ?? '', kindLabel(document)].join('\n');
    items.push({ kind: 'document', key: `d${document.id}`, documentId: document.id, document, title, source, haystack: haystack.toLowerCase() });
  }
  return items;
}

/** Items whose subject, people, date or file name contain every word of the filter. */
export function filterLibrary(items: readonly LibraryItem[], filter: string): LibraryItem[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => words.every((w) => item.haystack.includes(w)));
}

export interface LibraryFilters {
  /** Words, as for filterLibrary. */
  text: string;
  /** A tag path: items with a highlight carrying it or one of its sub-tags. */
  tag: string | null;
  /** A sender exactly as stored (a message's `from`). */
  sender: string | null;
  /** Inclusive bounds, YYYY-MM-DD, compared with the date as the message printed it. */
  since: string | null;
  until: string | null;
  /** Reviewed or not, or flagged. */
  review: ReviewFilter;
}

export const NO_FILTERS: LibraryFilters = { text: '', tag: null, sender: null, since: null, until: null, review: 'all' };

export function isFiltered(filters: LibraryFilters): boolean {
  return (
    filters.text.trim() !== '' || filters.tag !== null || filters.sender !== null || filters.since !== null || filters.until !== null || filters.review !== 'all'
  );
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** "2017-02-10" out of "2017-02-10T16:12:00-05:00": the day on the sender's own calendar, as the list prints it. */
export function localDay(iso: string | null): string | null {
  return (iso && ISO_DAY.exec(iso)?.[1]) || null;
}

/**
 * The items every filter accepts. A sender or a date range keeps only messages (a loose document has neither),
 * and a date range drops undated messages.
 */
export function applyFilters(items: readonly LibraryItem[], filters: LibraryFilters, highlightsOf: (item: LibraryItem) => readonly LibraryHighlight[]): LibraryItem[] {
  const { tag, sender, since, until, review } = filters;
  return filterLibrary(items, filters.text).filter((item) => {
    if (!matchesReview(item, review)) return false;
    if (tag !== null && !hasTag(highlightsOf(item), tag)) return false;
    if (sender === null && since === null && until === null) return true;
    if (item.kind !== 'message') return false;
    if (sender !== null && item.message.from !== sender) return false;
    if (since === null && until === null) return true;
    const day = localDay(item.message.date);
    return day !== null && (since === null || day >= since) && (until === null || day <= until);
  });
}

export interface Choice {
  value: string;
  label: string;
}

/** The senders of the listed messages, once each, by name; a name two addresses share shows its address too. */
export function senderChoices(items: readonly LibraryItem[]): Choice[] {
  const senders = new Set<string>();
  for (const item of items) if (item.kind === 'message' && item.message.from) senders.add(item.message.from);
  const names = new Map<string, number>();
  for (const from of senders) names.set(displayName(from), (names.get(displayName(from)) ?? 0) + 1);
  return [...senders]
    .map((from) => ({ value: from, label: (names.get(displayName(from)) ?? 0) > 1 ? from : displayName(from) }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}

/** The first and last day any message was sent, for the date inputs' bounds; null when no message is dated. */
export function dayExtent(items: readonly LibraryItem[]): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const item of items) {
    const day = item.kind === 'message' ? localDay(item.message.date) : null;
    if (day === null) continue;
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  return first !== null && last !== null ? { first, last } : null;
}
