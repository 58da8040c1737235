// The rectangles that cover a range of a page's text, one per line run: what a highlight draws on the
// page and what an annotated PDF's QuadPoints hold. Boxes are four numbers per UTF-16 unit of the
// page's text (left, bottom, right, top, in any unit with y up, e.g. half-points of PDF user space);
// a character without a box (all zero, e.g. a line break) ends the current run.

export type Rect = [left: number, bottom: number, right: number, top: number];

/** How much two characters' vertical extents must overlap (of the smaller height) to be one line. */
const SAME_LINE = 0.5;

function hasBox(boxes: ArrayLike<number>, i: number): boolean {
  return boxes[i * 4] !== 0 || boxes[i * 4 + 1] !== 0 || boxes[i * 4 + 2] !== 0 || boxes[i * 4 + 3] !== 0;
}

/** Whether character b continues the run whose last character was prev: same line, moving right, no wide gap. */
function continues(run: Rect, prev: Rect, b: Rect): boolean {
  const overlap = Math.min(run[3], b[3]) - Math.max(run[1], b[1]);
  const smaller = Math.min(run[3] - run[1], b[3] - b[1]);
  if (smaller <= 0 || overlap < smaller * SAME_LINE) return false;
  // Moving left means a new line (or column) even at the same height; so does a gap of several glyph heights.
  const height = b[3] - b[1];
  return b[0] >= prev[0] - (prev[2] - prev[0]) / 2 && b[0] - prev[2] <= 3 * height;
}

/**
 * Rectangles over characters [from, to) of a page (indices into the page's own text and boxes),
 * merged per line; blank characters (spaces without height) join the run they sit in but never start one.
 */
export function rangeRects(boxes: ArrayLike<number>, from: number, to: number): Rect[] {
  const rects: Rect[] = [];
  let run: Rect | null = null;
  let prev: Rect | null = null;
  const last = Math.min(to, Math.floor(boxes.length / 4));
  for (let i = Math.max(0, from); i < last; i++) {
    if (!hasBox(boxes, i)) {
      if (run) rects.push(run);
      run = null;
      prev = null;
      continue;
    }
    const b: Rect = [boxes[i * 4]!, boxes[i * 4 + 1]!, boxes[i * 4 + 2]!, boxes[i * 4 + 3]!];
    if (b[3] <= b[1]) {
      // A space: widens the run it is in, if any.
      if (run && prev && b[0] >= prev[0] && b[0] - prev[2] <= prev[3] - prev[1]) run[2] = Math.max(run[2], b[2]);
      continue;
    }
    if (run && prev && continues(run, prev, b)) {
      run = [Math.min(run[0], b[0]), Math.min(run[1], b[1]), Math.max(run[2], b[2]), Math.max(run[3], b[3])];
    } else {
      if (run) rects.push(run);
      run = b;
    }
    prev = b;
  }
  if (run) rects.push(run);
  return rects;
}

/** Where a page's range of the canonical text meets [start, end): indices into the page's own text, or null. */
export function pageSlice(page: { start: number; end: number }, start: number, end: number): { from: number; to: number } | null {
  const from = Math.max(start, page.start);
  const to = Math.min(end, page.end);
  return to > from ? { from: from - page.start, to: to - page.start } : null;
}
