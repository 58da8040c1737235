// Where each page sits in the reader's scrolling column at a zoom, which pages are in view, and the
// zoom steps. Pure numbers: the virtualised page list and the scroll anchoring are built on these.

/** Scale is CSS pixels per PDF point; 100 % shows a point as 1/72 inch, i.e. 96/72 CSS pixels. */
export const POINTS_TO_PX = 96 / 72;
/** Height of the strip above each page (page number, stamp, exemption codes), in CSS pixels. */
export const PAGE_HEAD = 26;
/** Space below each page before the next page's strip, in CSS pixels. */
export const PAGE_GAP = 14;
/** Padding around the column of pages, in CSS pixels. */
export const COLUMN_PAD = 20;
/** Zoom steps as scales (CSS px per point): from 25 % to 400 %. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4].map((z) => z * POINTS_TO_PX);
export const MIN_SCALE = ZOOM_STEPS[0]!;
export const MAX_SCALE = ZOOM_STEPS.at(-1)!;

export interface PageSize {
  width: number;
  height: number;
}

export interface PageSlots {
  /** Top of each page's slot (its strip) in CSS pixels from the column's top. */
  tops: Float64Array;
  /** Height of each page's sheet in CSS pixels. */
  heights: Float64Array;
  /** The column's whole height. */
  total: number;
  /** The widest sheet in CSS pixels. */
  width: number;
}

export function pageSlots(sizes: readonly PageSize[], scale: number): PageSlots {
  const tops = new Float64Array(sizes.length);
  const heights = new Float64Array(sizes.length);
  let y = COLUMN_PAD;
  let width = 0;
  sizes.forEach((size, i) => {
    tops[i] = y;
    heights[i] = Math.round(size.height * scale);
    width = Math.max(width, Math.round(size.width * scale));
    y += PAGE_HEAD + heights[i]! + PAGE_GAP;
  });
  return { tops, heights, total: y + COLUMN_PAD - PAGE_GAP, width };
}

/** The page whose slot holds y (the last page for y past the end, the first before the start). */
export function pageAt(slots: PageSlots, y: number): number {
  let lo = 0;
  let hi = slots.tops.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (slots.tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The pages [first, last] that meet the viewport, widened by `margin` pages each way. */
export function pagesInView(slots: PageSlots, scrollTop: number, viewHeight: number, margin: number): { first: number; last: number } {
  const count = slots.tops.length;
  if (count === 0) return { first: 0, last: -1 };
  const first = pageAt(slots, scrollTop);
  const last = pageAt(slots, scrollTop + Math.max(0, viewHeight - 1));
  return { first: Math.max(0, first - margin), last: Math.min(count - 1, last + margin) };
}

/** The scale at which the widest page fills the width available (clamped to the zoom range). */
export function fitWidthScale(sizes: readonly PageSize[], available: number): number {
  let widest = 0;
  for (const s of sizes) widest = Math.max(widest, s.width);
  if (widest <= 0 || available <= 0) return POINTS_TO_PX;
  return clampScale((available - 2 * COLUMN_PAD) / widest);
}

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The next zoom step above (direction 1) or below (-1) a scale, which need not be a step itself. */
export function stepZoom(scale: number, direction: 1 | -1): number {
  const epsilon = 1e-6;
  if (direction > 0) return ZOOM_STEPS.find((s) => s > scale + epsilon) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - epsilon) ?? MIN_SCALE;
}

/** A scale as the percentage users read (100 % = actual size). */
export function zoomPercent(scale: number): number {
  return Math.round((scale / POINTS_TO_PX) * 100);
}

/** Where a place on a page (a fraction of its sheet's height) is in the column at these slots. */
export function yOf(slots: PageSlots, page: number, fraction: number): number {
  const top = slots.tops[page] ?? 0;
  return top + PAGE_HEAD + fraction * (slots.heights[page] ?? 0);
}

/** The reverse: the page at y and how far down its sheet y is (0 at its top, 1 at its bottom). */
export function placeOf(slots: PageSlots, y: number): { page: number; fraction: number } {
  const page = pageAt(slots, y);
  const height = slots.heights[page] ?? 0;
  const into = y - (slots.tops[page] ?? 0) - PAGE_HEAD;
  return { page, fraction: height > 0 ? Math.min(1, Math.max(0, into / height)) : 0 };
}
