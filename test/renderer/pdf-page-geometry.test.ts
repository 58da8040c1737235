// Where pages sit in the reader's column, which are in view, and how the page frame maps PDF user space
// onto a page as pdf.js shows it (view box offset, rotation).
import { describe, expect, it } from "vitest";
import { COLUMN_PAD, fitWidthScale, MAX_SCALE, MIN_SCALE, PAGE_GAP, PAGE_HEAD, pageAt, pageSlots, pagesInView, placeOf, POINTS_TO_PX, stepZoom, yOf, zoomPercent } from "../../renderer/src/pdf-reader/page-geometry";
import { boxToFrame, frameTransform, plainFrame, shownSize, viewportTransform, type PageFrame } from "../../renderer/src/pdf-reader/page-frame";

const letter = { width: 612, height: 792 };

describe("pageSlots and the pages in view", () => {
  it("stacks pages with their strips and gaps, and knows the widest", () => {
    const slots = pageSlots([letter, { width: 792, height: 612 }, letter], 1);
    expect([...slots.tops]).toEqual([COLUMN_PAD, COLUMN_PAD + PAGE_HEAD + 792 + PAGE_GAP, COLUMN_PAD + 2 * (PAGE_HEAD + PAGE_GAP) + 792 + 612]);
    expect(slots.width).toBe(792);
    expect(slots.total).toBe(slots.tops[2]! + PAGE_HEAD + 792 + COLUMN_PAD);
  });

  it("finds the page at a height by halving, at both ends too", () => {
    const slots = pageSlots(Array(5000).fill(letter), 0.5);
    expect(pageAt(slots, 0)).toBe(0);
    expect(pageAt(slots, slots.tops[2500]! + 1)).toBe(2500);
    expect(pageAt(slots, slots.tops[2500]! - 1)).toBe(2499);
    expect(pageAt(slots, slots.total + 1000)).toBe(4999);
  });

  it("keeps a few pages in view however long the release and wherever the view is", () => {
    const slots = pageSlots(Array(5000).fill(letter), MIN_SCALE);
    for (const top of [0, slots.total / 2, slots.total - 800]) {
      const { first, last } = pagesInView(slots, top, 800, 1);
      expect(last - first + 1).toBeLessThanOrEqual(12);
      expect(first).toBeLessThanOrEqual(pageAt(slots, top));
      expect(last).toBeGreaterThanOrEqual(pageAt(slots, top + 799));
    }
    expect(pagesInView(slots, slots.total - 800, 800, 1).last).toBe(4999);
    expect(pagesInView(pageSlots([], 1), 0, 800, 1)).toEqual({ first: 0, last: -1 });
  });

  it("turns a place (page, fraction) into a height and back", () => {
    const slots = pageSlots(Array(20).fill(letter), 1.3);
    const y = yOf(slots, 7, 0.25);
    expect(placeOf(slots, y)).toEqual({ page: 7, fraction: 0.25 });
  });
});

describe("zoom", () => {
  it("fits the widest page to the width available, within the zoom range", () => {
    expect(fitWidthScale([letter], 612 + 2 * COLUMN_PAD)).toBeCloseTo(1);
    expect(fitWidthScale([letter, { width: 1224, height: 792 }], 1224 + 2 * COLUMN_PAD)).toBeCloseTo(1);
    expect(fitWidthScale([letter], 50)).toBe(MIN_SCALE);
    expect(fitWidthScale([letter], 100_000)).toBe(MAX_SCALE);
    expect(fitWidthScale([letter], 0)).toBe(POINTS_TO_PX);
  });

  it("steps to the next zoom level either way from any scale, and stops at the ends", () => {
    expect(zoomPercent(stepZoom(POINTS_TO_PX, 1))).toBe(110);
    expect(zoomPercent(stepZoom(POINTS_TO_PX, -1))).toBe(90);
    expect(zoomPercent(stepZoom(1.05 * POINTS_TO_PX, 1))).toBe(110);
    expect(zoomPercent(stepZoom(1.05 * POINTS_TO_PX, -1))).toBe(100);
    expect(stepZoom(MAX_SCALE, 1)).toBe(MAX_SCALE);
    expect(stepZoom(MIN_SCALE, -1)).toBe(MIN_SCALE);
  });
});

/** Where a user-space point lands on the page at a scale, through the unrotated frame and its CSS matrix. */
function throughFrame(frame: PageFrame, scale: number, x: number, y: number): [number, number] {
  const { left, top } = boxToFrame({ left: x * 2, right: x * 2, bottom: y * 2, top: y * 2 }, frame, scale);
  const css = frameTransform(frame, scale);
  if (!css) return [left, top];
  const [a, b, c, d, e, f] = css.slice(7, -1).split(",").map(Number) as [number, number, number, number, number, number];
  return [a * left + c * top + e, b * left + d * top + f];
}

describe("page frame", () => {
  const viewed: PageFrame = { view: [20, 30, 632, 822], rotate: 0 };

  it("needs no transform for an upright page from the origin; y runs down from the top", () => {
    expect(frameTransform(plainFrame(612, 792), 2)).toBeNull();
    expect(boxToFrame({ left: 144, bottom: 1400, right: 244, top: 1440 }, plainFrame(612, 792), 2)).toEqual({ left: 144, top: (792 - 720) * 2, width: 100, height: 40 });
  });

  it("matches pdf.js's viewport for every rotation and an offset view box", () => {
    for (const rotate of [0, 90, 180, 270]) {
      const frame = { ...viewed, rotate };
      const [a, b, c, d, e, f] = viewportTransform(frame, 1.5);
      for (const [x, y] of [
        [20, 30],
        [632, 822],
        [100, 700],
      ] as const) {
        const [u, v] = throughFrame(frame, 1.5, x, y);
        expect(u).toBeCloseTo(a * x + c * y + e, 2);
        expect(v).toBeCloseTo(b * x + d * y + f, 2);
      }
    }
  });

  it("puts the view box's top left at the page's top left when upright, and turns a quarter for /Rotate 90", () => {
    expect(throughFrame(viewed, 1, 20, 822)).toEqual([0, 0]);
    const turned = { ...viewed, rotate: 90 };
    expect(shownSize(turned, 1)).toEqual({ width: 792, height: 612 });
    // A quarter turn clockwise: the view box's bottom left is shown top left.
    const [u, v] = throughFrame(turned, 1, 20, 30);
    expect(u).toBeCloseTo(0);
    expect(v).toBeCloseTo(0);
  });
});
