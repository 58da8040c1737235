// Quoted copies: the same passage as a highlight, in other messages of the case — later replies quote
// earlier messages below their own text — found white-space- and quote-mark-tolerantly, and carried
// over as highlights with the same tags.
import { findQuotedCopies, isQuotedCopy } from "../../shared/anchoring/quote";
import { instant } from "../../shared/chronology";
import { formatAddress, type AnnotationView, type CarryResult, type QuotedCopy } from "../../shared/model";
import { quoteFts } from "../../shared/search/fts5";
import { createAnnotation, getAnnotation, hasSameHighlight } from "./annotations";
import { appendAudit } from "./audit";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";
import { documentText } from "./documents";

/** Words of a passage as the index splits them; a phrase of them finds candidate units fast. */
const WORDS = /[\p{L}\p{N}]+/gu;
/** Words of the phrase used to find candidates (the full quote is then matched in the text). */
const PHRASE_WORDS = 32;

interface MessageRow {
  id: number;
  date: string | null;
  from_name: string | null;
  from_address: string | null;
}

function messageAt(c: Case, documentId: number, offset: number): MessageRow | undefined {
  return sql(c, "SELECT id, date, from_name, from_address FROM messages WHERE document_id = ? AND start <= ? AND end > ? ORDER BY ordinal LIMIT 1").get(documentId, offset, offset) as
    | MessageRow
    | undefined;
}

/** Every other place the highlight's passage stands, outside its own message; oldest message first. */
export function quotedCopies(c: Case, annotationId: string): QuotedCopy[] {
  const a = getAnnotation(c, annotationId);
  const words = a.quote.match(WORDS) ?? [];
  if (words.length === 0) return [];
  const phrase = quoteFts(words.slice(0, PHRASE_WORDS).join(" "));
  const documents = (sql(c, "SELECT DISTINCT u.document_id AS id FROM text_index i CROSS JOIN text_units u ON u.id = i.rowid WHERE text_index MATCH ? ORDER BY u.document_id").all(`body : ${phrase}`) as { id: number }[]).map((r) => r.id);
  const own = messageAt(c, a.documentId, a.start)?.id ?? null;
  const copies: QuotedCopy[] = [];
  for (const documentId of documents) {
    const text = documentText(c, documentId);
    for (const range of findQuotedCopies(text, a.quote)) {
      const message = messageAt(c, documentId, range.start);
      if (documentId === a.documentId && (message?.id ?? null) === own) continue;
      copies.push({
        documentId,
        messageId: message?.id ?? null,
        start: range.start,
        end: range.end,
        quote: text.slice(range.start, range.end),
        date: message?.date ?? null,
        from: message ? formatAddress({ name: message.from_name ?? "", address: message.from_address ?? "" }) : null,
        alreadyHighlighted: hasSameHighlight(c, documentId, range.start, range.end, a.tags),
      });
    }
  }
  const time = (d: string | null) => instant(d) ?? Number.POSITIVE_INFINITY;
  return copies.sort((x, y) => time(x.date) - time(y.date) || x.documentId - y.documentId || x.start - y.start);
}


/**
 * Highlights copies of a highlight's passage with its tags (not its note, which comments on the
 * original). Each range must hold the passage again. Call inside a write.
 */
export function carryHighlight(c: Case, annotationId: string, copies: readonly { documentId: number; start: number; end: number }[]): CarryResult {
  const a = getAnnotation(c, annotationId);
  const created: AnnotationView[] = [];
  let skipped = 0;
  for (const copy of copies) {
    const text = documentText(c, copy.documentId);
    if (!(copy.start >= 0 && copy.end > copy.start && copy.end <= text.length) || !isQuotedCopy(text.slice(copy.start, copy.end), a.quote)) {
      throw new CaseError("invalid", `Document ${copy.documentId} ${copy.start}–${copy.end} does not hold the passage “${a.quote.slice(0, 60)}”.`);
    }
    if (copy.documentId === a.documentId && copy.start === a.start && copy.end === a.end) throw new CaseError("invalid", "That range is the highlight itself.");
    if (hasSameHighlight(c, copy.documentId, copy.start, copy.end, a.tags)) {
      skipped++;
      continue;
    }
    created.push(createAnnotation(c, { documentId: copy.documentId, start: copy.start, end: copy.end, tags: a.tags }));
  }
  if (created.length) appendAudit(c, { action: "annotation.carry", entity: "annotation", entityId: a.id, detail: { to: created.map((x) => x.id) } });
  return { created, skipped };
}
