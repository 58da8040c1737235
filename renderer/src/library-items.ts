// What the library lists: every message by date, then the documents that hold no message (attachments,
// plain text, PDFs without segmented emails) by title, and the text filter over both.
import type { DocumentKind, DocumentSummary, MessageSummary } from '../../shared/model';
import { displayName, shortDate, sortTime } from './format';

export type LibraryItem =
  | { kind: 'message'; key: string; documentId: number; message: MessageSummary; title: string; haystack: string }
  | { kind: 'document'; key: string; documentId: number; document: DocumentSummary; title: string; haystack: string };

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
    const title = message.subject?.trim() || byId.get(message.documentId)?.title || 'No subject';
    const haystack = [title, message.from, ...message.to, ...message.cc, shortDate(message.date), displayName(message.from)].join('\n');
    return { kind: 'message', key: `m${message.id}`, documentId: message.documentId, message, title, haystack: haystack.toLowerCase() };
  });
  const withMessages = new Set(messages.map((m) => m.documentId));
  const loose = documents.filter((d) => !withMessages.has(d.id)).sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
  for (const document of loose) {
    const title = document.title.trim() || document.fileName || `Document ${document.id}`;
    const haystack = [title, document.fileName ?? '', kindLabel(document)].join('\n');
    items.push({ kind: 'document', key: `d${document.id}`, documentId: document.id, document, title, haystack: haystack.toLowerCase() });
  }
  return items;
}

/** Items whose subject, people, date or file name contain every word of the filter. */
export function filterLibrary(items: readonly LibraryItem[], filter: string): LibraryItem[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => words.every((w) => item.haystack.includes(w)));
}
