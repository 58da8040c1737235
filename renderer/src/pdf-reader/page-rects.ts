// Rectangles on a page for a range of the canonical text (a highlight, a find hit): the boxes of its
// characters joined per run, each as tall as its run so a highlighted line reads as one band, then
// runs on one line with only a word's gap between them merged. In half-points of PDF user space.
import type { AnnotationView } from '../../../shared/model';
import { boxAt, type Box, type TextPiece } from './text-runs';

export interface PageRange {
  /** The page's range of the canonical text. */
  start: number;
  end: number;
}

/** The rectangles covering text[from, to) on a page whose pieces and boxes are given. */
export function rangeRects(page: PageRange, pieces: readonly TextPiece[], boxes: ArrayLike<number>, from: number, to: number): Box[] {
  const a = Math.max(from, page.start);
  const b = Math.min(to, page.end);
  if (b <= a) return [];
  const rects: Box[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'run' || piece.end <= a || piece.start >= b) continue;
    let left = Infinity;
    let right = -Infinity;
    for (let offset = Math.max(a, piece.start); offset < Math.min(b, piece.end); offset++) {
      const box = boxAt(boxes, offset - page.start);
      // Boxes of no width (a space PDFium made up, a line end) add nothing.
      if (!box || box.right <= box.left) continue;
      left = Math.min(left, box.left);
      right = Math.max(right, box.right);
    }
    if (left < right) rects.push({ left: Math.max(left, piece.box.left), right: Math.min(Math.max(right, left), piece.box.right), bottom: piece.box.bottom, top: piece.box.top });
  }
  return mergeLines(rects);
}

/** Joins neighbours on one line (sharing half their height) with a gap narrower than the line is tall. */
function mergeLines(rects: Box[]): Box[] {
  const out: Box[] = [];
  for (const rect of rects) {
    const prev = out.at(-1);
    if (prev) {
      const height = Math.min(prev.top - prev.bottom, rect.top - rect.bottom);
      const overlap = Math.min(prev.top, rect.top) - Math.max(prev.bottom, rect.bottom);
      if (overlap >= 0.5 * height && rect.left >= prev.left && rect.left - prev.right <= Math.max(height, 2)) {
        prev.right = Math.max(prev.right, rect.right);
        prev.top = Math.max(prev.top, rect.top);
        prev.bottom = Math.min(prev.bottom, rect.bottom);
        continue;
      }
    }
    out.push({ ...rect });
  }
  return out;
}

export interface HighlightPart {
  id: string;
  rects: Box[];
  /** True on the page where the highlight starts; elsewhere it continues from an earlier page. */
  starts: boolean;
}

type Ranked = Pick<AnnotationView, 'id' | 'start' | 'end' | 'createdAt'>;

/**
 * The parts of the highlights drawn on a page, in drawing order: longer highlights first so shorter
 * (more specific) ones lie on top, then older before newer — the email reader's order (highlight-layout.ts).
 */
export function highlightParts(page: PageRange, pieces: readonly TextPiece[], boxes: ArrayLike<number>, highlights: readonly Ranked[]): HighlightPart[] {
  const on = highlights.filter((h) => h.end > page.start && h.start < page.end);
  on.sort((x, y) => y.end - y.start - (x.end - x.start) || x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
  const parts: HighlightPart[] = [];
  for (const h of on) {
    const rects = rangeRects(page, pieces, boxes, h.start, h.end);
    if (rects.length > 0) parts.push({ id: h.id, rects, starts: h.start >= page.start });
  }
  return parts;
}
