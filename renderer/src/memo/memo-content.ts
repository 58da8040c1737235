// Memo editor states as data: quotes appended to a memo that is not open in the editor (a drop on the
// memo list), and the title a new memo gets.
import { EMPTY_MEMO, EVIDENCE_QUOTE, isMemoState, type SerializedEvidenceQuote } from '../../../shared/memo-state';

const emptyParagraph = () => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] });

function isEmptyParagraph(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const { type, children } = node as { type?: unknown; children?: unknown };
  return type === 'paragraph' && Array.isArray(children) && children.length === 0;
}

/**
 * The memo with evidence quotes of these highlights added at its end, each a block of its own, and an empty
 * paragraph after them to go on writing in (a trailing empty paragraph already there is used instead).
 */
export function appendQuotes(content: string, annotationIds: readonly string[]): string {
  const state = JSON.parse(isMemoState(content) ? content : EMPTY_MEMO) as { root: { children: unknown[] } };
  const children = state.root.children;
  if (children.length > 0 && isEmptyParagraph(children[children.length - 1])) children.pop();
  for (const annotationId of annotationIds) {
    const quote: SerializedEvidenceQuote = { type: EVIDENCE_QUOTE, version: 1, annotationId, omissions: [] };
    children.push(quote);
  }
  children.push(emptyParagraph());
  return JSON.stringify(state);
}

/** "Untitled memo", or "Untitled memo 2", 3… when the case has those already. */
export function untitledTitle(titles: readonly string[]): string {
  const base = 'Untitled memo';
  const taken = new Set(titles.map((t) => t.trim().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}
