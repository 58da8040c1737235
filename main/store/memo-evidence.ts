// What a memo's evidence quotes show, read fresh from their highlights: the quote, note, tags and
// anchoring status, or "deleted"; and the pinpoint citation of each, found as the chronology finds it
// (the message holding the highlight's start, the page holding it and its stamp), in the case's
// citation style. `source` names the document and message, so two quotes of one source compare equal.
import { citation } from "../../shared/citation";
import { citationFields, formatCitation, pinpointOf } from "../../shared/memo-citations";
import type { AnnotationView, EvidenceQuote } from "../../shared/model";
import { getAnnotation } from "./annotations";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";
import { citationTemplate } from "./citation-style";
import { messageAt } from "./messages";

function annotationOrNull(c: Case, id: string): AnnotationView | null {
  try {
    return getAnnotation(c, id);
  } catch (error) {
    if (error instanceof CaseError && error.code === "not-found") return null;
    throw error;
  }
}

const DELETED = (annotationId: string): EvidenceQuote => ({
  annotationId, status: "deleted", documentId: null, quote: null, note: "", tags: [], citation: null, source: null, pinpoint: null,
});

export function memoEvidence(c: Case, annotationIds: readonly string[]): EvidenceQuote[] {
  const template = citationTemplate(c);
  const titles = new Map<number, string>();
  const titleOf = (id: number) => {
    let t = titles.get(id);
    if (t === undefined) titles.set(id, (t = (sql(c, "SELECT title FROM documents WHERE id = ?").get(id) as { title: string }).title));
    return t;
  };
  const found = new Map<string, EvidenceQuote>();
  return annotationIds.map((id) => {
    const known = found.get(id);
    if (known) return known;
    const a = annotationOrNull(c, id);
    if (!a) return DELETED(id);
    const message = messageAt(c, a.documentId, a.start);
    const page = sql(c, "SELECT page_index, stamp FROM pages WHERE document_id = ? AND start <= ? ORDER BY page_index DESC LIMIT 1").get(a.documentId, a.start) as
      | { page_index: number; stamp: string | null }
      | undefined;
    const where = { stamp: page?.stamp ?? null, page: page?.page_index ?? null };
    const source = { title: titleOf(a.documentId), ...(message ? { from: message.from, to: message.to, date: message.date } : {}), ...where };
    const text = template === null ? citation(source) : formatCitation(template, citationFields({ ...source, cc: message?.cc ?? [], subject: message?.subject ?? null, documentId: a.documentId }));
    const quote: EvidenceQuote = {
      annotationId: a.id,
      status: a.status,
      documentId: a.documentId,
      quote: a.quote,
      note: a.note,
      tags: a.tags,
      citation: text,
      source: message ? `document ${a.documentId}, message ${message.id}` : `document ${a.documentId}`,
      pinpoint: pinpointOf(where) || null,
    };
    found.set(id, quote);
    return quote;
  });
}
