// What each page in the DOM draws, derived from the boxes main sent and the highlights and find hits:
// its text pieces (plus the separator to the next page, so the DOM holds the text between pages too),
// its highlight parts, and which page holds each highlight's keyboard stop. Cached per layout, so a
// page whose inputs did not change keeps its objects and React skips it.
import type { AnnotationView, PageLayout, PageView } from '../../../shared/model';
import { hitsWithin, type Hit } from './find-text';
import { highlightParts, type HighlightPart } from './page-rects';
import { textPieces, type TextPiece } from './text-runs';

export interface PageDraw {
  pieces: readonly TextPiece[];
  boxes: ArrayLike<number>;
  parts: readonly HighlightPart[];
  hits: readonly Hit[];
  tabbable: ReadonlySet<string>;
}

const piecesCache = new WeakMap<PageLayout, { text: string; next: number; pieces: TextPiece[] }>();
const partsCache = new WeakMap<PageLayout, { highlights: readonly AnnotationView[]; pieces: readonly TextPiece[]; parts: HighlightPart[] }>();

/** A page's pieces, ending with the text between it and the next page (page breaks are text too). */
export function piecesOf(layout: PageLayout, text: string, next: number): TextPiece[] {
  const cached = piecesCache.get(layout);
  if (cached && cached.text === text && cached.next === next) return cached.pieces;
  const pieces = textPieces(text, layout.start, layout.end, layout.boxes);
  if (next > layout.end) {
    const lastRun = pieces.findLast((p) => p.kind === 'run');
    const at = lastRun?.kind === 'run' ? { x: lastRun.box.right, y: lastRun.box.bottom } : null;
    const last = pieces.at(-1);
    if (last?.kind === 'gap' && last.end === layout.end) last.end = next;
    else pieces.push({ kind: 'gap', start: layout.end, end: next, at });
  }
  piecesCache.set(layout, { text, next, pieces });
  return pieces;
}

function partsOf(layout: PageLayout, pieces: readonly TextPiece[], highlights: readonly AnnotationView[]): HighlightPart[] {
  const cached = partsCache.get(layout);
  if (cached && cached.highlights === highlights && cached.pieces === pieces) return cached.parts;
  const parts = highlightParts(layout, pieces, layout.boxes, highlights);
  partsCache.set(layout, { highlights, pieces, parts });
  return parts;
}

const NO_HITS: readonly Hit[] = [];
const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * What pages [first, last] draw; pages whose boxes have not arrived are missing. `previous` is the last
 * result: a page whose drawing did not change keeps its object.
 */
export function drawPages(
  pages: readonly PageView[],
  first: number,
  last: number,
  layoutOf: (pageIndex: number) => PageLayout | undefined,
  text: string,
  highlights: readonly AnnotationView[],
  hits: readonly Hit[],
  previous: ReadonlyMap<number, PageDraw>,
): Map<number, PageDraw> {
  const out = new Map<number, PageDraw>();
  const seen = new Set<string>();
  for (let i = first; i <= last; i++) {
    const layout = layoutOf(i);
    if (!layout) continue;
    const next = pages[i + 1]?.start ?? layout.end;
    const pieces = piecesOf(layout, text, Math.max(next, layout.end));
    const parts = partsOf(layout, pieces, highlights);
    const tabbable = new Set<string>();
    for (const part of parts) {
      if (!seen.has(part.id)) tabbable.add(part.id);
      seen.add(part.id);
    }
    const [from, to] = hitsWithin(hits, layout.start, layout.end);
    const pageHits = to > from ? hits.slice(from, to) : NO_HITS;
    const before = previous.get(i);
    if (before && before.pieces === pieces && before.parts === parts && sameList(before.hits, pageHits) && sameSet(before.tabbable, tabbable)) out.set(i, before);
    else out.set(i, { pieces, boxes: layout.boxes, parts, hits: pageHits, tabbable });
  }
  return out;
}
