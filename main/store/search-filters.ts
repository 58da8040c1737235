// The SQL of search filters: tag, sender, recipient, date range, document and FOIA exemption code, for
// text units (`text_index i` joined to its place, `text_units u`) and for notes (`annotations a`).
// Values always go in as parameters.
import type { Case } from "./case-file";
import { CaseError } from "./case-error";
import { escapeLike, tagAndDescendantIds } from "./tags";
import { findExemptions } from "../jobs/foia-marks";
import { isDateBound } from "../../shared/search/query";

export interface SearchFilters {
  /** Passages highlighted with this tag or one below it. */
  tag?: string;
  /** Pages or messages marked with this FOIA exemption code, e.g. "(b)(6)" or "b7c". */
  exemption?: string;
  /** Sender: part of a name or address, any case. */
  from?: string;
  /** Recipient (To, Cc or Bcc): part of a name or address, any case. */
  to?: string;
  /** Inclusive bounds on the message date: YYYY-MM-DD (the day as the sender wrote it) or an ISO instant. */
  after?: string;
  before?: string;
  documentId?: number;
}

/** "b6", "(b) (6)" and "(B)(6)" all name "(b)(6)", the form exemption codes are stored in. */
export function normalizeExemption(code: string): string {
  // In brackets, a bare code ("b6") counts as one (see findExemptions).
  return findExemptions(`[${code}]`)[0] ?? code.trim();
}

export function hasMessageFilter(f: SearchFilters): boolean {
  return f.from !== undefined || f.to !== undefined || f.after !== undefined || f.before !== undefined;
}

/** Conditions on a message row `m` for the sender, recipient and date filters. */
function messageConditions(f: SearchFilters, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  const like = (value: string) => `%${escapeLike(value.trim())}%`;
  if (f.from !== undefined) {
    params.from = like(f.from);
    where.push("(m.from_name LIKE @from ESCAPE '\\' OR m.from_address LIKE @from ESCAPE '\\')");
  }
  if (f.to !== undefined) {
    params.to = like(f.to);
    const people = (column: string) =>
      `EXISTS (SELECT 1 FROM json_each(m.${column}) r WHERE json_extract(r.value, '$.name') LIKE @to ESCAPE '\\' OR json_extract(r.value, '$.address') LIKE @to ESCAPE '\\')`;
    where.push(`(${people("to_json")} OR ${people("cc_json")} OR ${people("bcc_json")})`);
  }
  for (const [name, op] of [["after", ">="], ["before", "<="]] as const) {
    const bound = f[name];
    if (bound === undefined) continue;
    if (!isDateBound(bound)) throw new CaseError("invalid", `--${name} takes a date like 2017-02-10 (or an ISO time with its offset), not "${bound}".`);
    if (bound.length === 10) {
      // A day is the calendar day the sender's own clock showed, as the printed date reads.
      params[name] = bound;
      where.push(`substr(m.date, 1, 10) ${op} @${name}`);
    } else {
      params[name] = new Date(bound).toISOString();
      where.push(`m.date_utc ${op} @${name}`);
    }
  }
  return where;
}

/** The messages a text unit covers: its own, those overlapping its page, or all of its document's. */
const UNIT_MESSAGES = `m.document_id = u.document_id AND (CASE
    WHEN u.page_index IS NOT NULL THEN EXISTS (SELECT 1 FROM pages p WHERE p.document_id = u.document_id AND p.page_index = u.page_index AND m.start < p.end AND m.end > p.start)
    WHEN u.message_id IS NOT NULL THEN m.id = u.message_id
    ELSE 1 END)`;

const TAGGED = "SELECT annotation_id FROM annotation_tags WHERE tag_id IN (SELECT value FROM json_each(@tagIds))";

export interface FilterSql {
  /** Appended to the WHERE of a query over `text_index i CROSS JOIN text_units u ON u.id = i.rowid`. */
  text: string;
  /** Appended to the WHERE of a query over notes joined to `annotations a`; "AND 0" when notes cannot match. */
  note: string;
  params: Record<string, unknown>;
}

export function filterSql(c: Case, f: SearchFilters): FilterSql {
  const params: Record<string, unknown> = {};
  let text = "";
  let note = "";
  if (f.documentId !== undefined) {
    params.documentId = f.documentId;
    text += " AND u.document_id = @documentId";
    note += " AND a.document_id = @documentId";
  }
  if (f.tag !== undefined) {
    params.tagIds = JSON.stringify(tagAndDescendantIds(c, f.tag));
    // A unit matches a tag when a highlight with that tag overlaps it. The documents holding such
    // highlights are few and found once; only their units pay for the overlap test.
    text += ` AND u.document_id IN (SELECT document_id FROM annotations WHERE id IN (${TAGGED}))
     AND EXISTS (SELECT 1 FROM annotations a WHERE a.id IN (${TAGGED}) AND a.document_id = u.document_id AND (
        (u.message_id IS NOT NULL AND u.page_index IS NULL AND EXISTS (SELECT 1 FROM messages m WHERE m.id = u.message_id AND a.start < m.end AND a.end > m.start))
     OR (u.page_index IS NOT NULL AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = u.document_id AND p.page_index = u.page_index AND a.start < p.end AND a.end > p.start))
     OR (u.message_id IS NULL AND u.page_index IS NULL)))`;
    note += ` AND a.id IN (${TAGGED})`;
  }
  if (f.exemption !== undefined) {
    params.exemption = normalizeExemption(f.exemption);
    text += ` AND (
        EXISTS (SELECT 1 FROM pages p, json_each(p.exemptions_json) e WHERE p.document_id = u.document_id AND p.page_index = u.page_index AND e.value = @exemption)
     OR EXISTS (SELECT 1 FROM messages m, json_each(m.exemptions_json) e WHERE m.id = u.message_id AND u.page_index IS NULL AND e.value = @exemption))`;
    // A note is not a marked unit; with this filter, only text hits come back.
    note += " AND 0";
  }
  const conditions = messageConditions(f, params);
  if (conditions.length) {
    const all = conditions.join(" AND ");
    text += ` AND EXISTS (SELECT 1 FROM messages m WHERE ${UNIT_MESSAGES} AND ${all})`;
    note += ` AND EXISTS (SELECT 1 FROM messages m WHERE m.document_id = a.document_id AND m.start <= a.start AND m.end > a.start AND ${all})`;
  }
  return { text, note, params };
}

/**
 * The ranges of a document's messages that pass the sender, recipient and date filters, within
 * [start, end): a page's hits are kept only where they fall in such a message.
 */
export function passingMessageRanges(c: Case, f: SearchFilters, documentId: number, start: number, end: number): { start: number; end: number }[] {
  const params: Record<string, unknown> = { documentId, start, end };
  const conditions = messageConditions(f, params);
  return c.db
    .prepare(`SELECT m.start, m.end FROM messages m WHERE m.document_id = @documentId AND m.start < @end AND m.end > @start AND ${conditions.join(" AND ") || "1"} ORDER BY m.start`)
    .all(params) as { start: number; end: number }[];
}
