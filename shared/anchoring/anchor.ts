// Places a stored annotation in a text: its position if the quote is still there, else the best
// occurrence of the quote by context and distance, else orphaned — never a silent guess.
import { CONTEXT_CHARS, occurrences, type TextPositionSelector, type TextQuoteSelector } from "./quote";

export type Anchored = { status: "ok" | "drifted"; start: number; end: number } | { status: "orphaned" };

/** Length of the common suffix of a and b (prefix context is compared from its end). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchored {
  if (position && text.slice(position.start, position.end) === quote.exact && quote.exact.length > 0) {
    return { status: "ok", start: position.start, end: position.end };
  }
  let best: { start: number; score: number } | undefined;
  for (const start of occurrences(text, quote.exact)) {
    const end = start + quote.exact.length;
    const context =
      commonSuffix(text.slice(Math.max(0, start - CONTEXT_CHARS), start), quote.prefix) +
      commonPrefix(text.slice(end, end + CONTEXT_CHARS), quote.suffix);
    // Context dominates; distance from the old position only breaks ties (1 point per 10,000 chars).
    const distance = position ? Math.abs(start - position.start) / 10_000 : 0;
    const score = context - Math.min(distance, 0.99);
    if (!best || score > best.score) best = { start, score };
  }
  if (!best) return { status: "orphaned" };
  const moved = !position || best.start !== position.start;
  return { status: moved && position ? "drifted" : "ok", start: best.start, end: best.start + quote.exact.length };
}
