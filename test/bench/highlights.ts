// Deterministic highlights for the benchmark's large cases: spread over a PDF's pages (the k-th on a page
// further down it), whole words, 3–15 words long, tags in turn and a note on every fifth; set up, not timed.
import { createAnnotation } from "../../main/store/annotations";
import type { Case } from "../../main/store/case-file";
import { documentText } from "../../main/store/documents";
import { listPages } from "../../main/store/pages";
import { write } from "../../main/store/write";

export const BENCH_TAGS = ["order", "response", "failure report"] as const;

/** A range of whole words inside [from, to) starting near `at`, about `length` characters long. */
export function wordRange(text: string, from: number, to: number, at: number, length: number): { start: number; end: number } | null {
  let start = Math.max(from, Math.min(at, to - 1));
  while (start > from && /\S/.test(text[start - 1]!)) start--;
  while (start < to && /\s/.test(text[start]!)) start++;
  let end = Math.min(to, start + length);
  while (end < to && /\S/.test(text[end]!)) end++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * `count` highlights on a document's pages, page after page and round again. Returns how many were
 * made (a page without text gets none). One transaction, so setting up 10,000 takes seconds.
 */
export function addPageHighlights(c: Case, documentId: number, count: number): number {
  const text = documentText(c, documentId);
  const pages = listPages(c, documentId).filter((p) => p.end - p.start > 40);
  if (pages.length === 0) return 0;
  let made = 0;
  write(c, () => {
    for (let i = 0; made < count && i < count * 2; i++) {
      const page = pages[i % pages.length]!;
      const round = Math.floor(i / pages.length);
      const span = page.end - page.start;
      const at = page.start + Math.floor(((0.07 + round * 0.137) % 0.9) * span);
      const range = wordRange(text, page.start, page.end, at, 20 + ((i * 37) % 70));
      if (!range) continue;
      const note = i % 5 === 0 ? `Checked against the log, item ${i}.` : undefined;
      // Each page gets a mix of tags whatever the page count.
      const tag = BENCH_TAGS[(i + round) % BENCH_TAGS.length]!;
      createAnnotation(c, { documentId, ...range, tags: [tag], ...(note ? { note } : {}) });
      made++;
    }
  });
  return made;
}
