// Messages: ranges of a document's canonical text with their parsed headers and thread.
import { formatAddress, type Address, type MessageHeaders, type MessageSummary } from "../../shared/model";
import { sql, type Case } from "./case-file";
import { adoptReplies, threadFor } from "./threads";

export interface NewMessage extends MessageHeaders {
  documentId: number;
  ordinal: number;
  start: number;
  end: number;
  bodyStart: number;
  pageStart?: number | null;
  pageEnd?: number | null;
  pageStamp?: string | null;
  exemptions?: string[];
}

/** Stores a message and threads it. Call inside a write. */
export function insertMessage(c: Case, m: NewMessage): { id: number; threadId: number } {
  const threadId = threadFor(c, m);
  const { lastInsertRowid } = sql(c, 
      `INSERT INTO messages (document_id, ordinal, start, end, body_start, date, date_utc, date_raw, from_name, from_address,
         to_json, cc_json, bcc_json, subject, message_id, in_reply_to, references_json, thread_id,
         page_start, page_end, page_stamp, exemptions_json)
       VALUES (@documentId, @ordinal, @start, @end, @bodyStart, @date, @dateUtc, @dateRaw, @fromName, @fromAddress,
         @to, @cc, @bcc, @subject, @messageId, @inReplyTo, @references, @threadId,
         @pageStart, @pageEnd, @pageStamp, @exemptions)`,
    )
    .run({
      documentId: m.documentId,
      ordinal: m.ordinal,
      start: m.start,
      end: m.end,
      bodyStart: m.bodyStart,
      date: m.date,
      dateUtc: m.date ? new Date(m.date).toISOString() : null,
      dateRaw: m.dateRaw,
      fromName: m.from?.name || null,
      fromAddress: m.from?.address || null,
      to: JSON.stringify(m.to),
      cc: JSON.stringify(m.cc),
      bcc: JSON.stringify(m.bcc),
      subject: m.subject,
      messageId: m.messageId,
      inReplyTo: m.inReplyTo,
      references: JSON.stringify(m.references),
      threadId,
      pageStart: m.pageStart ?? null,
      pageEnd: m.pageEnd ?? null,
      pageStamp: m.pageStamp ?? null,
      exemptions: JSON.stringify(m.exemptions ?? []),
    });
  const id = Number(lastInsertRowid);
  const addRef = sql(c, "INSERT OR IGNORE INTO message_references (ref, message_id) VALUES (?, ?)");
  for (const ref of new Set([m.inReplyTo, ...m.references])) if (ref) addRef.run(ref, id);
  adoptReplies(c, m.messageId, threadId);
  return { id, threadId };
}

interface MessageRow {
  id: number;
  document_id: number;
  start: number;
  end: number;
  body_start: number;
  date: string | null;
  date_raw: string | null;
  from_name: string | null;
  from_address: string | null;
  to_json: string;
  cc_json: string;
  subject: string | null;
  thread_id: number;
  message_id: string | null;
  page_start: number | null;
  page_end: number | null;
  reviewed: number | null;
  flagged: number | null;
}

function toSummary(r: MessageRow): MessageSummary {
  const people = (json: string) => (JSON.parse(json) as Address[]).map(formatAddress).filter((s): s is string => !!s);
  return {
    id: r.id,
    documentId: r.document_id,
    start: r.start,
    end: r.end,
    bodyStart: r.body_start,
    date: r.date,
    rawDate: r.date_raw,
    page: r.page_start,
    pageEnd: r.page_end,
    from: formatAddress({ name: r.from_name ?? "", address: r.from_address ?? "" }),
    to: people(r.to_json),
    cc: people(r.cc_json),
    subject: r.subject,
    threadId: r.thread_id,
    messageId: r.message_id,
    reviewed: r.reviewed === 1,
    flagged: r.flagged === 1,
  };
}

/**
 * The columns a summary shows, named: `m.*` would also read the long ones (references, bcc,
 * exemptions), 4× the time for a 50,000-message library.
 */
const SELECT = `SELECT m.id, m.document_id, m.start, m.end, m.body_start, m.date, m.date_raw, m.from_name, m.from_address,
    m.to_json, m.cc_json, m.subject, m.thread_id, m.message_id, m.page_start, m.page_end, r.reviewed, r.flagged
  FROM messages m LEFT JOIN message_reviews r ON r.message_id = m.id`;

export interface MessageFilter {
  documentId?: number;
  reviewed?: boolean;
  flagged?: boolean;
}

/** Messages in date order (undated last), optionally of one document, reviewed or not, flagged or not. */
export function listMessages(c: Case, filter: MessageFilter = {}): MessageSummary[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.documentId !== undefined) {
    where.push("m.document_id = @documentId");
    params.documentId = filter.documentId;
  }
  if (filter.reviewed !== undefined) where.push(`coalesce(r.reviewed, 0) = ${filter.reviewed ? 1 : 0}`);
  if (filter.flagged !== undefined) where.push(`coalesce(r.flagged, 0) = ${filter.flagged ? 1 : 0}`);
  const rows = sql(c, `${SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY m.date_utc IS NULL, m.date_utc, m.document_id, m.ordinal`).all(params) as MessageRow[];
  return rows.map(toSummary);
}

export function getMessage(c: Case, id: number): MessageSummary | undefined {
  const row = sql(c, `${SELECT} WHERE m.id = ?`).get(id) as MessageRow | undefined;
  return row && toSummary(row);
}

/** The message whose range holds an offset of a document, if any. */
export function messageAt(c: Case, documentId: number, offset: number): MessageSummary | undefined {
  const row = sql(c, `${SELECT} WHERE m.document_id = ? AND m.start <= ? AND m.end > ? ORDER BY m.ordinal LIMIT 1`)
    .get(documentId, offset, offset) as MessageRow | undefined;
  return row && toSummary(row);
}
