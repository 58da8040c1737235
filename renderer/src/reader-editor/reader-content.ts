// Builds the reader's Lexical content from the canonical text and its highlight layout, in one update:
// a single paragraph of text runs (OffsetTextNode), highlighted runs (HighlightMarkNode around an
// OffsetTextNode) and markers (HighlightMarkerNode). Line breaks stay "\n" inside the runs. A change
// replaces only the pieces that differ (a new highlight touches a few runs), so the rest of the DOM —
// and the selection or focus inside it — stays as it was.
import { $createParagraphNode, $getRoot, $isElementNode, $setSelection, type LexicalNode, type NodeKey } from 'lexical';
import { missingCase } from '../../../shared/result';
import type { Piece } from '../highlight-layout';
import { $createHighlightMarkerNode } from './HighlightMarkerNode';
import { $createHighlightMarkNode } from './HighlightMarkNode';
import { $createOffsetTextNode } from './OffsetTextNode';

/** What is in the editor: the text it shows, each piece's look (highlight-decor.ts) and its node's key. */
export interface BuiltContent {
  text: string;
  looks: readonly string[];
  keys: readonly NodeKey[];
}

function $pieceNode(piece: Piece, text: string): LexicalNode {
  switch (piece.kind) {
    case 'text':
      return $createOffsetTextNode(text.slice(piece.start, piece.end), piece.start);
    case 'mark':
      return $createHighlightMarkNode(piece.ids).append($createOffsetTextNode(text.slice(piece.start, piece.end), piece.start));
    case 'marker':
      return $createHighlightMarkerNode(piece.id);
    default:
      return missingCase(piece);
  }
}

/** How many looks two lists share at their start, and then at their end (never overlapping). */
function sharedEnds(before: readonly string[], after: readonly string[]): { head: number; tail: number } {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < limit - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { head, tail };
}

/** True when the content already shows this. */
export function isCurrent(built: BuiltContent | null, text: string, looks: readonly string[]): boolean {
  return built !== null && built.text === text && built.looks.length === looks.length && built.looks.every((look, i) => look === looks[i]);
}

/**
 * Makes the editor show these pieces of text, replacing only the pieces whose look changed when the
 * previous content (built) showed the same text, else everything. Returns what it built.
 */
export function $showReaderContent(built: BuiltContent | null, text: string, pieces: readonly Piece[], looks: readonly string[]): BuiltContent {
  // The window's selection is the reader's (selection-offsets.ts reads it); Lexical keeps none of its own.
  $setSelection(null);
  const root = $getRoot();
  const paragraph = root.getFirstChild();
  if (built && built.text === text && $isElementNode(paragraph) && paragraph.getChildrenSize() === built.keys.length) {
    const { head, tail } = sharedEnds(built.looks, looks);
    const fresh = pieces.slice(head, pieces.length - tail).map((piece) => $pieceNode(piece, text));
    paragraph.splice(head, built.keys.length - head - tail, fresh);
    const keys = [...built.keys.slice(0, head), ...fresh.map((node) => node.getKey()), ...built.keys.slice(built.keys.length - tail)];
    return { text, looks, keys };
  }
  root.clear();
  const fresh = pieces.map((piece) => $pieceNode(piece, text));
  root.append($createParagraphNode().append(...fresh));
  return { text, looks, keys: fresh.map((node) => node.getKey()) };
}

/** Where each drawn highlight's first run starts: that run takes keyboard focus (see highlight-decor.ts). */
export function firstRuns(pieces: readonly Piece[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const piece of pieces) if (piece.kind === 'mark' && piece.first) first.set(piece.id, piece.start);
  return first;
}
