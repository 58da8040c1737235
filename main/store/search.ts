// Full-text search: index units (message, page, or whole text) and notes, ranked by bm25 with snippets.
import type { SearchHit } from "../../shared/model";
import { sql, type Case } from "./case-file";
import { tagAndDescendantIds } from "./tags";
import { findExemptions } from "../jobs/foia-marks";

export interface IndexUnit {
  documentId: number;
  messageId?: number | null;
  pageIndex?: number | null;
  body: string;
  subject?: string | null;
  people?: string | null;
}

/** Adds one searchable unit. Call inside a write. */
export function indexUnit(c: Case, u: IndexUnit): void {
  sql(c, "INSERT INTO text_index (body, subject, people, document_id, message_id, page_index) VALUES (?, ?, ?, ?, ?, ?)")
    .run(u.body, u.subject ?? "", u.people ?? "", u.documentId, u.messageId ?? null, u.pageIndex ?? null);
}

/** "b6", "(b) (6)" and "(B)(6)" all name "(b)(6)", the form exemption codes are stored in. */
function normalizeExemption(code: string): string {
  // In brackets, a bare code ("b6") counts as one (see findExemptions).
  return findExemptions(`[${code}]`)[0] ?? code.trim();
}

/** Words of a query that FTS5 could not parse, each quoted, so "S1 – URGENT" still finds something. */
function literalQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}

function isSyntaxError(error: unknown): boolean {
  const message = (error as Error | null)?.message ?? "";
  return /fts5|syntax error|no such column|unterminated/i.test(message);
}

export interface SearchOptions {
  tag?: string;
  /** Only units marked with this FOIA exemption code, e.g. "(b)(6)" (pages, and messages of prints). */
  exemption?: string;
  limit?: number;
}

const SNIPPET_WORDS = 16;

/** Runs a query as FTS5 syntax, or as plain words when it is not valid syntax for that table. */
function tolerant<T>(query: string, run: (match: string) => T[]): T[] {
  try {
    return run(query);
  } catch (error) {
    if (!isSyntaxError(error)) throw error;
    const literal = literalQuery(query);
    if (!literal) return [];
    try {
      return run(literal);
    } catch (again) {
      if (isSyntaxError(again)) return [];
      throw again;
    }
  }
}

/** Ranked hits, one per message, page or note: never the same passage twice. */
export function searchCase(c: Case, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 50;
  if (!query.trim()) return [];
  const params: Record<string, unknown> = { limit };
  let textFilter = "";
  let noteFilter = "";
  if (options.tag !== undefined) {
    params.tagIds = JSON.stringify(tagAndDescendantIds(c, options.tag));
    const tagged = "SELECT annotation_id FROM annotation_tags WHERE tag_id IN (SELECT value FROM json_each(@tagIds))";
    // A unit matches a tag when a highlight with that tag overlaps it.
    textFilter = `AND EXISTS (SELECT 1 FROM annotations a WHERE a.id IN (${tagged}) AND a.document_id = i.document_id AND (
        (i.message_id IS NOT NULL AND EXISTS (SELECT 1 FROM messages m WHERE m.id = i.message_id AND a.start < m.end AND a.end > m.start))
     OR (i.message_id IS NULL AND i.page_index IS NOT NULL AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = i.document_id
          AND p.page_index = i.page_index AND a.start < p.end AND a.end > p.start))
     OR (i.message_id IS NULL AND i.page_index IS NULL)))`;
    noteFilter = `AND a.id IN (${tagged})`;
  }
  if (options.exemption !== undefined) {
    params.exemption = normalizeExemption(options.exemption);
    textFilter += ` AND (
        EXISTS (SELECT 1 FROM pages p, json_each(p.exemptions_json) e WHERE p.document_id = i.document_id AND p.page_index = i.page_index AND e.value = @exemption)
     OR EXISTS (SELECT 1 FROM messages m, json_each(m.exemptions_json) e WHERE m.id = i.message_id AND i.page_index IS NULL AND e.value = @exemption))`;
    // A note is not a marked unit; with this filter, only text hits come back.
    noteFilter += " AND 0";
  }
  const units = tolerant(query, (match) =>
    sql(c, 
        `SELECT i.document_id AS documentId, i.message_id AS messageId, i.page_index AS page,
           snippet(text_index, -1, '[', ']', '…', ${SNIPPET_WORDS}) AS snippet, bm25(text_index, 1.0, 2.0, 1.0) AS score
         FROM text_index i WHERE text_index MATCH @match ${textFilter} ORDER BY score LIMIT @limit`,
      )
      .all({ ...params, match }) as (SearchHit & { messageId: number | null; page: number | null })[],
  );
  const notes = tolerant(query, (match) =>
    sql(c, 
        `SELECT a.document_id AS documentId, a.id AS annotationId, a.start AS start,
           snippet(note_index, 0, '[', ']', '…', ${SNIPPET_WORDS}) AS snippet, bm25(note_index) AS score
         FROM note_index n JOIN annotations a ON a.rowid = n.rowid WHERE note_index MATCH @match ${noteFilter} ORDER BY score LIMIT @limit`,
      )
      .all({ ...params, match }) as (SearchHit & { start: number })[],
  );
  const messageAt = sql(c, "SELECT id FROM messages WHERE document_id = ? AND start <= ? AND end > ? ORDER BY ordinal LIMIT 1");
  const hits: SearchHit[] = [
    ...units.map(({ messageId, page, ...hit }) => ({
      ...hit,
      ...(messageId != null ? { messageId } : {}),
      ...(page != null ? { page } : {}),
    })),
    ...notes.map(({ start, ...hit }) => {
      const message = messageAt.get(hit.documentId, start, start) as { id: number } | undefined;
      return { ...hit, ...(message ? { messageId: message.id } : {}) };
    }),
  ];
  return hits.sort((a, b) => a.score - b.score).slice(0, limit);
}
