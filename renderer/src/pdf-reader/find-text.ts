// Find in a document: every place a query stands in the canonical text, ignoring case and treating any
// run of white space as one (so a phrase found across a line or page break counts), and stepping
// through the hits. Like findQuote (shared/anchoring/quote.ts), but case-insensitive, as people search.

export interface Hit {
  start: number;
  end: number;
}

/** More hits than this are not collected: the count then reads "10,000+". */
export const HIT_LIMIT = 10_000;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findAll(text: string, query: string, limit = HIT_LIMIT): { hits: Hit[]; capped: boolean } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { hits: [], capped: false };
  const pattern = new RegExp(words.map(escape).join('\\s+'), 'giu');
  const hits: Hit[] = [];
  for (const match of text.matchAll(pattern)) {
    if (hits.length === limit) return { hits, capped: true };
    hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return { hits, capped: false };
}

/** The index of the first hit that starts at or after offset (wrapping round to 0), or -1 when there are none. */
export function hitAtOrAfter(hits: readonly Hit[], offset: number): number {
  if (hits.length === 0) return -1;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === hits.length ? 0 : lo;
}

/** The index of the first hit whose end is after offset (hits.length when none is). */
export function firstEndingAfter(hits: readonly Hit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The hits that meet [from, to), as indices [first, last). */
export function hitsWithin(hits: readonly Hit[], from: number, to: number): [number, number] {
  const first = firstEndingAfter(hits, from);
  let last = first;
  while (last < hits.length && hits[last]!.start < to) last++;
  return [first, last];
}

/** The next (1) or previous (-1) hit after the current one, wrapping round. */
export function stepHit(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction > 0 ? 0 : count - 1;
  return (current + direction + count) % count;
}
