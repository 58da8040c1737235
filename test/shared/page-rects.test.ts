import { describe, expect, it } from "vitest";
import { pageSlice, rangeRects } from "../../shared/page-rects";

/** Boxes for lines of text set in a 10-unit grid: each character 10 wide, lines 20 apart, glyphs 12 high. */
function layout(lines: string[]): { text: string; boxes: number[] } {
  let text = "";
  const boxes: number[] = [];
  lines.forEach((line, y) => {
    [...line].forEach((ch, x) => {
      text += ch;
      const bottom = 1000 - y * 20;
      boxes.push(x * 10, bottom, x * 10 + 10, ch === " " ? bottom : bottom + 12);
    });
    text += "\n";
    boxes.push(0, 0, 0, 0);
  });
  return { text, boxes };
}

describe("rectangles over a range of a page's text", () => {
  const { text, boxes } = layout(["Due Tonight for S1", "three most egregious", "cases"]);

  it("gives one rectangle per line, spaces inside included", () => {
    const from = text.indexOf("Tonight");
    const to = text.indexOf("most") + 4;
    expect(rangeRects(boxes, from, to)).toEqual([
      [40, 1000, 180, 1012],
      [0, 980, 100, 992],
    ]);
  });

  it("never starts a rectangle on a blank, and ends one at a line break", () => {
    const from = text.indexOf(" for");
    expect(rangeRects(boxes, from, from + 4)).toEqual([[120, 1000, 150, 1012]]);
    expect(rangeRects(boxes, text.indexOf("S1"), text.indexOf("three") + 1)).toEqual([
      [160, 1000, 180, 1012],
      [0, 980, 10, 992],
    ]);
    expect(rangeRects(boxes, 0, 0)).toEqual([]);
  });

  it("starts a new rectangle when the text jumps back left on the same height (a second column)", () => {
    const cols = [0, 0, 10, 12, 10, 0, 20, 12, 300, 0, 310, 12, 0, 0, 10, 12];
    expect(rangeRects(cols, 0, 4)).toEqual([
      [0, 0, 20, 12],
      [300, 0, 310, 12],
      [0, 0, 10, 12],
    ]);
  });

  it("maps a canonical range onto a page's own text", () => {
    expect(pageSlice({ start: 100, end: 200 }, 150, 300)).toEqual({ from: 50, to: 100 });
    expect(pageSlice({ start: 100, end: 200 }, 50, 120)).toEqual({ from: 0, to: 20 });
    expect(pageSlice({ start: 100, end: 200 }, 200, 300)).toBeNull();
  });
});
