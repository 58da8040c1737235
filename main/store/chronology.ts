// The chronology: every tagged passage with the date and people of its message and a citation of its
// source, ordered by that date (shared/chronology.ts). The date is the passage's own message's — the
// message whose range holds the highlight's start — when it has one; else the document's date, which
// (documents have none of their own) is the date of the message it is attached to, or else of its
// first dated message in text order; else none, and the passage goes last.
import { compareChronology, involves } from "../../shared/chronology";
import { formatAddress, type Address, type ChronologyEntry } from "../../shared/model";
import { listAnnotations } from "./annotations";
import { sql, type Case } from "./case-file";
import { requireTag } from "./tags";

export interface ChronologyFilter {
  /** Only passages with this tag (or one below it). */
  tag?: string;
  /** Only passages whose message has this person as sender or recipient (part of a name or address). */
  person?: string;
}

interface MessageRow {
  id: number;
  date: string | null;
  from_name: string | null;
  from_address: string | null;
  to_json: string;
  cc_json: string;
  subject: string | null;
  thread_id: number;
  thread_subject: string | null;
}

interface DocumentRow {
  id: number;
  title: string;
  sha256: string;
  parent_id: number | null;
}

const MESSAGE = `SELECT m.id, m.date, m.from_name, m.from_address, m.to_json, m.cc_json, m.subject, m.thread_id, t.subject AS thread_subject
  FROM messages m LEFT JOIN threads t ON t.id = m.thread_id`;

/** How far up the attachment chain a date is looked for (an attachment of an attachment of a message). */
const MAX_PARENTS = 8;

export function chronology(c: Case, filter: ChronologyFilter = {}): ChronologyEntry[] {
  if (filter.tag !== undefined) requireTag(c, filter.tag);
  const annotations = listAnnotations(c, filter.tag !== undefined ? { tag: filter.tag } : {}).filter((a) => a.tags.length > 0);
  const documents = new Map<number, DocumentRow>();
  const documentOf = (id: number) => {
    let d = documents.get(id);
    if (!d) documents.set(id, (d = sql(c, "SELECT id, title, sha256, parent_id FROM documents WHERE id = ?").get(id) as DocumentRow));
    return d;
  };
  const messageAt = (documentId: number, offset: number) =>
    sql(c, `${MESSAGE} WHERE m.document_id = ? AND m.start <= ? AND m.end > ? ORDER BY m.ordinal LIMIT 1`).get(documentId, offset, offset) as MessageRow | undefined;
  const firstMessage = (documentId: number, dated: boolean) =>
    sql(c, `${MESSAGE} WHERE m.document_id = ? ${dated ? "AND m.date IS NOT NULL" : ""} ORDER BY m.ordinal LIMIT 1`).get(documentId) as MessageRow | undefined;

  /** The message that dates a passage (and whose people it has), its date, and where that came from. */
  const dating = (documentId: number, start: number): { message?: MessageRow; own: boolean; date: string | null; source: ChronologyEntry["dateSource"] } => {
    const own = messageAt(documentId, start);
    if (own?.date) return { message: own, own: true, date: own.date, source: "message" };
    let parent = documentOf(documentId).parent_id;
    for (let depth = 0; parent !== null && depth < MAX_PARENTS; depth++) {
      const holder = firstMessage(parent, false);
      if (holder) return own ? { message: own, own: true, date: holder.date, source: holder.date ? "attachment" : null } : { message: holder, own: false, date: holder.date, source: holder.date ? "attachment" : null };
      parent = documentOf(parent).parent_id;
    }
    const first = firstMessage(documentId, true);
    return { ...(own ? { message: own } : {}), own: own !== undefined, date: first?.date ?? null, source: first ? "document" : null };
  };

  const entries: ChronologyEntry[] = [];
  for (const a of annotations) {
    const document = documentOf(a.documentId);
    const found = dating(a.documentId, a.start);
    const m = found.message;
    const people = (json: string | undefined) => (json ? (JSON.parse(json) as Address[]).map(formatAddress).filter((s): s is string => !!s) : []);
    const from = m ? formatAddress({ name: m.from_name ?? "", address: m.from_address ?? "" }) : null;
    const to = people(m?.to_json);
    const cc = people(m?.cc_json);
    if (filter.person !== undefined && !involves([from, ...to, ...cc], filter.person)) continue;
    const page = sql(c, "SELECT page_index, stamp FROM pages WHERE document_id = ? AND start <= ? ORDER BY page_index DESC LIMIT 1").get(a.documentId, a.start) as
      | { page_index: number; stamp: string | null }
      | undefined;
    entries.push({
      annotationId: a.id,
      date: found.date,
      dateSource: found.source,
      from,
      to,
      cc,
      subject: m?.subject ?? null,
      quote: a.quote,
      note: a.note,
      tags: a.tags,
      links: (a.links ?? []).map((l) => ({ relation: l.relation, direction: l.direction, annotationId: l.annotationId })),
      documentId: a.documentId,
      documentTitle: document.title,
      sha256: document.sha256,
      messageId: m && found.own ? m.id : null,
      threadId: m ? m.thread_id : null,
      threadSubject: m ? m.thread_subject : null,
      start: a.start,
      end: a.end,
      ...(page ? { page: page.page_index, stamp: page.stamp } : {}),
    });
  }
  return entries.sort(compareChronology);
}
