// "Highlight all hits": every matched range of a search becomes a highlight with the given tags, in one
// write; ranges that already have the same highlight are skipped.
import type { SearchHighlights } from "../../shared/model";
import { createAnnotation, hasSameHighlight } from "./annotations";
import { appendAudit } from "./audit";
import type { Case } from "./case-file";
import { CaseError } from "./case-error";
import { searchMatches, type SearchFilters } from "./search";
import { requireTag } from "./tags";

/** Most highlights one "highlight all" makes: past that, the search is too broad to be a selection. */
export const MAX_SEARCH_HIGHLIGHTS = 5000;


/** With `dryRun`, only counts; otherwise creates. Call inside a write (unless dryRun). */
export function highlightSearchHits(c: Case, query: string, filters: SearchFilters, tags: readonly string[], dryRun = false): SearchHighlights {
  for (const tag of tags) requireTag(c, tag);
  // One unit more than could ever fit, so "too many" is known without reading every unit.
  const ranges = searchMatches(c, query, filters, MAX_SEARCH_HIGHLIGHTS + 1);
  if (ranges.length > MAX_SEARCH_HIGHLIGHTS) {
    throw new CaseError("invalid", `The search matches more than ${MAX_SEARCH_HIGHLIGHTS} passages; narrow it (a phrase, a tag, a sender or dates) before highlighting them all.`);
  }
  const fresh = ranges.filter((r) => !hasSameHighlight(c, r.documentId, r.start, r.end, tags));
  const result: SearchHighlights = { planned: fresh.length, skipped: ranges.length - fresh.length, created: [] };
  if (dryRun || fresh.length === 0) return result;
  result.created = fresh.map((r) => createAnnotation(c, { ...r, tags: [...tags] }));
  appendAudit(c, { action: "annotation.bulk-create", entity: "search", detail: { query, filters: { ...filters }, tags, created: result.created.length, skipped: result.skipped } });
  return result;
}
