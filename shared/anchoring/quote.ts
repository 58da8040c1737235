// W3C Web Annotation text selectors: build them from a range, and find a quote's occurrences.

/** Characters of context kept on each side of a quote (DESIGN.md: 32). */
export const CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Every start offset of `exact` in `text`, in order; overlapping occurrences count. */
export function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact.length === 0) return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Ranges where `quote` stands in `text`, white space matching any white space, so a quote typed
 * on one line finds a passage that wraps across lines.
 */
export function findQuote(text: string, quote: string): TextPositionSelector[] {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "gu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Between two words of a quoted copy: white space, and at line starts the ">" marks of a reply. */
const QUOTED_GAP = "(?:[ \\t\\u00a0]*\\n[ \\t\\u00a0>]*|[ \\t\\u00a0]+)+";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Ranges where `quote` stands in `text` as a reply would quote it: white space matching any white
 * space, and lines that may begin with ">" marks. Each range starts and ends on the quote's own words.
 */
export function findQuotedCopies(text: string, quote: string): TextPositionSelector[] {
  const words = quote.replace(/^[ \t>]+/gm, "").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join(QUOTED_GAP), "gu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether `copy` is `quote` again, up to white space and reply quote marks. */
export function isQuotedCopy(copy: string, quote: string): boolean {
  const found = findQuotedCopies(copy, quote);
  return found.some((r) => r.start === 0 && r.end === copy.length);
}
