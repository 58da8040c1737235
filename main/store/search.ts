// Full-text search: index units (message, page, or whole text) and notes, ranked by bm25, with
// snippets and the exact ranges of the canonical text each hit matched (from FTS5's highlight()).
import type { SearchHit, TextRange } from "../../shared/model";
import { parseQuery, type ParsedQuery, type QueryFilters } from "../../shared/search/query";
import { toFts5 } from "../../shared/search/fts5";
import { inGroupOrder } from "../../shared/search/group";
import { sql, type Case } from "./case-file";
import { filterSql, hasMessageFilter, passingMessageRanges, type SearchFilters } from "./search-filters";

export { normalizeExemption, type SearchFilters } from "./search-filters";

export interface IndexUnit {
  documentId: number;
  messageId?: number | null;
  pageIndex?: number | null;
  body: string;
  subject?: string | null;
  people?: string | null;
}

/** Adds one searchable unit. Call inside a write. `body` must be the unit's own range of the document's text. */
export function indexUnit(c: Case, u: IndexUnit): void {
  // The unit's place first (search filters read it: see migration 0090), then its text under the same rowid.
  const { lastInsertRowid } = sql(c, "INSERT INTO text_units (document_id, message_id, page_index) VALUES (?, ?, ?)").run(u.documentId, u.messageId ?? null, u.pageIndex ?? null);
  sql(c, "INSERT INTO text_index (rowid, body, subject, people, document_id, message_id, page_index) VALUES (?, ?, ?, ?, ?, ?, ?)")
    .run(lastInsertRowid, u.body, u.subject ?? "", u.people ?? "", u.documentId, u.messageId ?? null, u.pageIndex ?? null);
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
}

const SNIPPET_WORDS = 16;
/** Matched ranges kept per hit in results (a "highlight all" takes every one). */
const MATCHES_PER_HIT = 200;
/**
 * highlight() marks: control characters the canonical text never holds (shared/anchoring/normalize.ts
 * drops them), so every mark is FTS5's and the text between them is the document's own.
 */
const OPEN = "\u0001";
const CLOSE = "\u0002";

/** Query filters (from:, after:, …) fill what the caller's own options leave open. */
function mergedFilters(parsed: ParsedQuery, options: SearchFilters): SearchFilters {
  const fromQuery: QueryFilters = parsed.filters;
  return { ...fromQuery, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

/** The ranges between highlight() marks, and the unmarked text's length. */
function markedRanges(marked: string): { ranges: TextRange[]; length: number } {
  const ranges: TextRange[] = [];
  let at = 0;
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === OPEN) open = at;
    else if (ch === CLOSE) {
      if (open >= 0 && at > open) ranges.push({ start: open, end: at });
      open = -1;
    } else at++;
  }
  return { ranges, length: at };
}

interface UnitRow {
  documentId: number;
  messageId: number | null;
  page: number | null;
  snippet: string;
  marked: string;
  score: number;
}

/** Where a unit's body starts in its document's text, and how long it must be; null when unknown. */
function unitBase(c: Case, u: UnitRow): { base: number; length: number | null; stamp?: string | null } | null {
  if (u.page !== null) {
    const p = sql(c, "SELECT start, end, stamp FROM pages WHERE document_id = ? AND page_index = ?").get(u.documentId, u.page) as { start: number; end: number; stamp: string | null } | undefined;
    return p ? { base: p.start, length: p.end - p.start, stamp: p.stamp } : null;
  }
  if (u.messageId !== null) {
    const m = sql(c, "SELECT body_start, end FROM messages WHERE id = ?").get(u.messageId) as { body_start: number; end: number } | undefined;
    return m ? { base: m.body_start, length: m.end - m.body_start } : null;
  }
  return { base: 0, length: null };
}

const messageAt = (c: Case, documentId: number, offset: number) =>
  (sql(c, "SELECT id FROM messages WHERE document_id = ? AND start <= ? AND end > ? ORDER BY ordinal LIMIT 1").get(documentId, offset, offset) as { id: number } | undefined)?.id;

/** Text hits: ranked units with their matched ranges in document offsets. */
function textHits(c: Case, match: string, filters: SearchFilters, limit: number, matchesPerHit: number): SearchHit[] {
  const f = filterSql(c, filters);
  const rows = sql(
    c,
    `SELECT u.document_id AS documentId, u.message_id AS messageId, u.page_index AS page,
       snippet(text_index, -1, '[', ']', '…', ${SNIPPET_WORDS}) AS snippet, highlight(text_index, 0, char(1), char(2)) AS marked, rank AS score
     FROM text_index i CROSS JOIN text_units u ON u.id = i.rowid
     WHERE text_index MATCH @match AND rank MATCH 'bm25(1.0, 2.0, 1.0)' ${f.text} ORDER BY rank LIMIT @limit`,
  ).all({ ...f.params, match, limit }) as UnitRow[];
  const byMessage = hasMessageFilter(filters);
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const place = unitBase(c, row);
    const { ranges, length } = markedRanges(row.marked);
    // A body that is not its unit's range (never written so, but cheap to check) gives no offsets.
    let matches = place && (place.length === null || place.length === length) ? ranges.map((r) => ({ start: r.start + place.base, end: r.end + place.base })) : [];
    if (byMessage && row.page !== null && matches.length) {
      // A page holds parts of several messages: keep the matches in messages that pass the filters.
      const passing = passingMessageRanges(c, filters, row.documentId, matches[0]!.start, matches[matches.length - 1]!.end);
      matches = matches.filter((m) => passing.some((p) => p.start <= m.start && m.start < p.end));
      if (matches.length === 0) continue;
    }
    const first = matches[0];
    const messageId = row.page !== null && first ? (messageAt(c, row.documentId, first.start) ?? row.messageId) : row.messageId;
    hits.push({
      documentId: row.documentId,
      ...(messageId != null ? { messageId } : {}),
      ...(row.page !== null ? { page: row.page, stamp: place?.stamp ?? null } : {}),
      snippet: row.snippet,
      score: row.score,
      ...(first ? { start: first.start, end: first.end } : {}),
      matches: matches.slice(0, matchesPerHit),
    });
  }
  return hits;
}

/** Note hits: the highlight whose note matched, its range, message, and page. */
function noteHits(c: Case, match: string, filters: SearchFilters, limit: number): SearchHit[] {
  const f = filterSql(c, filters);
  const rows = sql(
    c,
    `SELECT a.document_id AS documentId, a.id AS annotationId, a.start AS start, a.end AS end,
       snippet(note_index, 0, '[', ']', '…', ${SNIPPET_WORDS}) AS snippet, n.rank AS score
     FROM note_index n JOIN annotations a ON a.rowid = n.rowid WHERE note_index MATCH @match ${f.note} ORDER BY n.rank LIMIT @limit`,
  ).all({ ...f.params, match, limit }) as { documentId: number; annotationId: string; start: number; end: number; snippet: string; score: number }[];
  return rows.map((r) => {
    const messageId = messageAt(c, r.documentId, r.start);
    const page = sql(c, "SELECT page_index, stamp FROM pages WHERE document_id = ? AND start <= ? ORDER BY page_index DESC LIMIT 1").get(r.documentId, r.start) as
      | { page_index: number; stamp: string | null }
      | undefined;
    return {
      documentId: r.documentId,
      ...(messageId !== undefined ? { messageId } : {}),
      ...(page ? { page: page.page_index, stamp: page.stamp } : {}),
      annotationId: r.annotationId,
      snippet: r.snippet,
      score: r.score,
      start: r.start,
      end: r.end,
      matches: [],
    };
  });
}

/**
 * Ranked hits, one per message, page or note — never the same passage twice — listed group by group
 * (shared/search/group.ts): the best message first, its page and note hits together.
 */
export function searchCase(c: Case, query: string, options: SearchOptions = {}): SearchHit[] {
  const { limit = 50, ...own } = options;
  const parsed = parseQuery(query);
  const filters = mergedFilters(parsed, own);
  const text = toFts5(parsed.root, "text");
  const note = toFts5(parsed.root, "note");
  const hits = [
    ...(text.kind === "match" ? textHits(c, text.expr, filters, limit, MATCHES_PER_HIT) : []),
    ...(note.kind === "match" ? noteHits(c, note.expr, filters, limit) : []),
  ];
  return inGroupOrder(hits.sort((a, b) => a.score - b.score).slice(0, limit));
}

/** Every matched range of a query's text hits (for "highlight all"), up to `maxUnits` units. */
export function searchMatches(c: Case, query: string, filters: SearchFilters, maxUnits: number): { documentId: number; start: number; end: number }[] {
  const parsed = parseQuery(query);
  const text = toFts5(parsed.root, "text");
  if (text.kind !== "match") return [];
  return textHits(c, text.expr, mergedFilters(parsed, filters), maxUnits, Number.MAX_SAFE_INTEGER).flatMap((h) =>
    (h.matches ?? []).map((m) => ({ documentId: h.documentId, start: m.start, end: m.end })),
  );
}
