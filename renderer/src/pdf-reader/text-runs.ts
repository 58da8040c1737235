// Cuts one page's stretch of the canonical text into the pieces its text layer is built from: runs (a
// line, or the part of a line before a wide gap, positioned by the union of its characters' boxes) and
// gaps (line breaks and box-less characters between runs, kept so the DOM holds every character of the
// text). The pieces cover the page's range exactly and in order, so a selection maps to offsets by construction.

/** left, bottom, right, top in half-points of PDF user space (origin bottom left), as the importer stores them. */
export interface Box {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

export type TextPiece =
  | {
      kind: 'run';
      start: number;
      end: number;
      /** The union of the ink's boxes (spaces and characters without a box do not count). */
      box: Box;
      /** Where the ink ends: trailing spaces of the run are text but no ink. */
      inkEnd: number;
    }
  | {
      kind: 'gap';
      start: number;
      end: number;
      /** Where to put it: just after the run before it (its right end and bottom), or null at the page's start. */
      at: { x: number; y: number } | null;
    };

/** The box of the character at index i of a page's boxes; null when it has none (all zeros). */
export function boxAt(boxes: ArrayLike<number>, i: number): Box | null {
  const left = boxes[i * 4] ?? 0;
  const bottom = boxes[i * 4 + 1] ?? 0;
  const right = boxes[i * 4 + 2] ?? 0;
  const top = boxes[i * 4 + 3] ?? 0;
  if (left === 0 && bottom === 0 && right === 0 && top === 0) return null;
  return { left, bottom, right, top };
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';
const isBreak = (ch: string) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** Ink: a character drawn with a box of some size (spaces and boxes of no size do not place a run). */
function inkBox(ch: string, box: Box | null): Box | null {
  if (!box || isSpace(ch) || isBreak(ch)) return null;
  return box.right > box.left || box.top > box.bottom ? box : null;
}

/** The same line: the boxes share enough height (or, for flat marks such as "_", the baseline). */
function sameLine(a: Box, b: Box): boolean {
  const ha = a.top - a.bottom;
  const hb = b.top - b.bottom;
  const overlap = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
  if (ha <= 0 || hb <= 0) return Math.abs(a.bottom - b.bottom) <= Math.max(2, 0.3 * Math.max(ha, hb));
  return overlap >= 0.3 * Math.min(ha, hb);
}

/**
 * The next ink character continues the run: it does not step back left of the last one and the gap
 * before it is narrower than twice the line's height (a word space is about a third of it; a tab
 * between a header's label and its value, or between columns, is wider).
 */
function continues(run: Box, last: Box, next: Box): boolean {
  const height = Math.max(run.top - run.bottom, next.top - next.bottom, 2);
  if (!sameLine(run, next)) return false;
  if (next.left < last.left - 0.25 * height) return false;
  return next.left - last.right <= 2 * height;
}

/** The pieces of text[start, end) given the page's boxes (four numbers per character of that range). */
export function textPieces(text: string, start: number, end: number, boxes: ArrayLike<number>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let run: (TextPiece & { kind: 'run' }) | null = null;
  let last: Box | null = null;
  let gap: (TextPiece & { kind: 'gap' }) | null = null;
  let lastRun: (TextPiece & { kind: 'run' }) | null = null;

  const openGap = (at: number) => {
    if (gap) {
      gap.end = at + 1;
      return;
    }
    gap = { kind: 'gap', start: at, end: at + 1, at: lastRun ? { x: lastRun.box.right, y: lastRun.box.bottom } : null };
    pieces.push(gap);
  };

  for (let offset = start; offset < end; offset++) {
    const ch = text[offset] ?? '';
    const ink = inkBox(ch, boxAt(boxes, offset - start));
    if (isBreak(ch)) {
      run = null;
      openGap(offset);
      continue;
    }
    if (!ink) {
      // A space or a character without a box: text of the run it is in, else of the gap.
      if (run) run.end = offset + 1;
      else openGap(offset);
      continue;
    }
    if (run && last && continues(run.box, last, ink)) {
      run.end = offset + 1;
      run.inkEnd = offset + 1;
      run.box = {
        left: Math.min(run.box.left, ink.left),
        bottom: Math.min(run.box.bottom, ink.bottom),
        right: Math.max(run.box.right, ink.right),
        top: Math.max(run.box.top, ink.top),
      };
    } else {
      run = { kind: 'run', start: offset, end: offset + 1, inkEnd: offset + 1, box: { ...ink } };
      pieces.push(run);
      lastRun = run;
      gap = null;
    }
    last = ink;
  }
  return pieces;
}
