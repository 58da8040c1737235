// A memo's text is a Lexical editor state (JSON). Its evidence quotes are nodes of their own type that
// keep a highlight's id and, when the writer shortened the quote, which parts were left out; the words
// themselves are always read from the highlight, so a memo can never misquote it.

/** The Lexical node type of an evidence quote. */
export const EVIDENCE_QUOTE = "evidence-quote";

/** An evidence quote as it is saved in a memo's editor state. */
export interface SerializedEvidenceQuote {
  type: typeof EVIDENCE_QUOTE;
  version: 1;
  annotationId: string;
  /** Parts of the quote left out, as [start, end) code-point offsets into the highlight's quote, in order, not overlapping. */
  omissions: [number, number][];
}

interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  [key: string]: unknown;
}

const MAX_DEPTH = 100;

function parse(json: string): { root: SerializedNode } | null {
  try {
    const state = JSON.parse(json) as unknown;
    if (typeof state !== "object" || state === null) return null;
    const root = (state as { root?: unknown }).root;
    if (typeof root !== "object" || root === null || (root as SerializedNode).type !== "root") return null;
    return state as { root: SerializedNode };
  } catch {
    return null;
  }
}

function isOmissions(value: unknown): value is [number, number][] {
  if (!Array.isArray(value)) return false;
  let last = 0;
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length !== 2) return false;
    const [start, end] = pair as unknown[];
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < last || (end as number) <= (start as number)) return false;
    last = end as number;
  }
  return true;
}

/** Visits every node depth-first in document order; false when the tree is malformed or too deep. */
function walk(node: SerializedNode, visit: (node: SerializedNode) => void, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof node !== "object" || node === null || typeof node.type !== "string") return false;
  visit(node);
  if (node.children === undefined) return true;
  if (!Array.isArray(node.children)) return false;
  return node.children.every((child) => walk(child, visit, depth + 1));
}

export const isEvidenceQuote = (node: { type: string }): node is SerializedEvidenceQuote => node.type === EVIDENCE_QUOTE;

/** A well-formed memo state: a root, nodes with types, children as arrays, evidence quotes with an id and valid omissions. */
export function isMemoState(json: string): boolean {
  const state = parse(json);
  if (state === null) return false;
  let quotesOk = true;
  const ok = walk(state.root, (node) => {
    if (node.type !== EVIDENCE_QUOTE) return;
    const id = node.annotationId;
    if (typeof id !== "string" || id.length === 0 || id.length > 100 || !isOmissions(node.omissions)) quotesOk = false;
  });
  return ok && quotesOk;
}

/** The evidence quotes of a memo state, in document order (empty for a malformed state). */
export function memoQuotes(json: string): SerializedEvidenceQuote[] {
  const state = parse(json);
  const quotes: SerializedEvidenceQuote[] = [];
  if (state !== null) walk(state.root, (node) => void (isEvidenceQuote(node) && quotes.push(node)));
  return quotes;
}

/** The quote as the memo shows it: the left-out parts replaced by an ellipsis ("…"), offsets past the end ignored. */
export function shortenedQuote(quote: string, omissions: readonly (readonly [number, number])[]): string {
  const points = Array.from(quote);
  let out = "";
  let at = 0;
  for (const [start, end] of omissions) {
    if (start >= points.length) break;
    // The words kept before this omission, without the spaces that stood beside the words left out.
    const kept = points.slice(at, start).join("");
    out += (at > 0 ? kept.trimStart() : kept).trimEnd();
    out += out === "" ? "… " : " … ";
    at = Math.min(end, points.length);
  }
  const rest = points.slice(at).join("");
  out += at > 0 ? rest.trimStart() : rest;
  return at >= points.length && omissions.length > 0 ? out.trimEnd() : out;
}

/** An empty memo: one empty paragraph. */
export const EMPTY_MEMO = JSON.stringify({
  root: { type: "root", version: 1, direction: null, format: "", indent: 0, children: [{ type: "paragraph", version: 1, direction: null, format: "", indent: 0, textFormat: 0, textStyle: "", children: [] }] },
});

/**
 * A quote as running text: the hard line breaks of a wrapped email become spaces and runs of spaces
 * one, while a blank line (a new paragraph of the source) stays one line break.
 */
export function flowingQuote(text: string): string {
  return text
    .split(/[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/**
 * Appends an evidence quote of a highlight to a memo state, followed by an empty paragraph to write on
 * in; a trailing empty paragraph already there gives its place to the quote. Throws on a malformed state.
 */
export function appendQuote(json: string, annotationId: string): string {
  const state = parse(json);
  if (state === null || !isMemoState(json)) throw new Error("not a memo editor state");
  const children = Array.isArray(state.root.children) ? [...state.root.children] : [];
  const last = children[children.length - 1];
  if (last && last.type === "paragraph" && (!Array.isArray(last.children) || last.children.length === 0)) children.pop();
  const quote: SerializedEvidenceQuote = { type: EVIDENCE_QUOTE, version: 1, annotationId, omissions: [] };
  const paragraph = (JSON.parse(EMPTY_MEMO) as { root: SerializedNode }).root.children![0]!;
  return JSON.stringify({ ...state, root: { ...state.root, children: [...children, quote, paragraph] } });
}
