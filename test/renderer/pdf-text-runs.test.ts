// The page reader's text layer pieces and highlight rectangles, built from a page's text and the
// importer's character boxes (half-points, origin bottom left).
import { describe, expect, it } from "vitest";
import { highlightParts, rangeRects } from "../../renderer/src/pdf-reader/page-rects";
import { textPieces, type TextPiece } from "../../renderer/src/pdf-reader/text-runs";

/** Lays out lines of text in a 10-point font: 12 half-points per character, 20 tall, lines 30 apart; a "\t" is a wide gap. */
function page(lines: string[], start = 0): { text: string; boxes: number[]; end: number } {
  let text = "";
  const boxes: number[] = [];
  lines.forEach((line, row) => {
    let x = 100;
    const bottom = 1500 - row * 30;
    for (const ch of line) {
      if (ch === "\t") {
        text += " ";
        boxes.push(x, bottom, x, bottom);
        x += 200;
        continue;
      }
      text += ch;
      // PDFium gives a space its width and no height; OCR'd spaces have no box at all.
      if (ch === " ") boxes.push(x, bottom, x + 6, bottom);
      else boxes.push(x, bottom, x + 12, bottom + 20);
      x += ch === " " ? 6 : 12;
    }
    if (row < lines.length - 1) {
      text += "\n";
      boxes.push(0, 0, 0, 0);
    }
  });
  return { text: " ".repeat(start) + text, boxes, end: start + text.length };
}

const covers = (pieces: TextPiece[], start: number, end: number) => {
  let at = start;
  for (const p of pieces) {
    expect(p.start).toBe(at);
    expect(p.end).toBeGreaterThan(p.start);
    at = p.end;
  }
  expect(at).toBe(end);
};

describe("textPieces", () => {
  it("covers the page's range exactly and in order, a run per line and a gap per line break", () => {
    const { text, boxes, end } = page(["From: Avery Fir", "Sent: Friday"], 40);
    const pieces = textPieces(text, 40, end, boxes);
    covers(pieces, 40, end);
    expect(pieces.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ["run", "From: Avery Fir"],
      ["gap", "\n"],
      ["run", "Sent: Friday"],
    ]);
  });

  it("boxes a run by its ink: spaces add no height, and the box spans the line", () => {
    const { text, boxes, end } = page(["ab cd"]);
    const [run] = textPieces(text, 0, end, boxes);
    expect(run).toMatchObject({ kind: "run", box: { left: 100, right: 100 + 12 * 4 + 6, bottom: 1500, top: 1520 } });
  });

  it("starts a new run after a gap wider than twice the line's height (a label and its value, columns)", () => {
    const { text, boxes, end } = page(["To:\tPine, Morgan"]);
    const pieces = textPieces(text, 0, end, boxes);
    expect(pieces.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ["run", "To: "],
      ["run", "Pine, Morgan"],
    ]);
    // The space before the gap stays with the label as text, not as ink.
    expect(pieces[0]).toMatchObject({ inkEnd: 3 });
  });

  it("keeps OCR'd words that share a box in one run, and puts box-less spaces in it", () => {
    const text = "word two";
    const boxes = [...Array(4).fill([100, 100, 160, 120]).flat(), 0, 0, 0, 0, ...Array(3).fill([170, 100, 210, 120]).flat()];
    const pieces = textPieces(text, 0, text.length, boxes);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toMatchObject({ kind: "run", start: 0, end: 8, box: { left: 100, right: 210 } });
  });

  it("starts a run where text jumps back left or to another line without a line break", () => {
    const text = "abcd";
    const boxes = [100, 100, 110, 120, 112, 100, 122, 120, 40, 100, 50, 120, 52, 300, 62, 320];
    const pieces = textPieces(text, 0, 4, boxes);
    expect(pieces.map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
  });

  it("puts text before the first box in a gap at the page's start", () => {
    const text = "\n\nab";
    const pieces = textPieces(text, 0, 4, [0, 0, 0, 0, 0, 0, 0, 0, 100, 100, 110, 120, 112, 100, 122, 120]);
    expect(pieces[0]).toEqual({ kind: "gap", start: 0, end: 2, at: null });
    expect(pieces[1]).toMatchObject({ kind: "run", start: 2, end: 4 });
  });
});

describe("rangeRects", () => {
  const { text, boxes, end } = page(["one two three", "four five"]);
  const pieces = textPieces(text, 0, end, boxes);
  const range = { start: 0, end };

  it("covers just the characters of the range, one rectangle per line, each as tall as its line", () => {
    const from = text.indexOf("two");
    const to = text.indexOf("five") + 2;
    const rects = rangeRects(range, pieces, boxes, from, to);
    expect(rects).toHaveLength(2);
    // "two three" from the left of "t"; "four fi" to the right of "i".
    expect(rects[0]).toEqual({ left: 100 + 3 * 12 + 6, right: 100 + 11 * 12 + 2 * 6, bottom: 1500, top: 1520 });
    expect(rects[1]).toEqual({ left: 100, right: 100 + 6 * 12 + 6, bottom: 1470, top: 1490 });
  });

  it("clips a range to the page, draws nothing for a range elsewhere, and draws a boxed space as tall as its line", () => {
    expect(rangeRects(range, pieces, boxes, -50, 2)).toHaveLength(1);
    expect(rangeRects(range, pieces, boxes, end + 2, end + 9)).toEqual([]);
    expect(rangeRects({ start: 0, end }, pieces, boxes, 3, 4)).toEqual([{ left: 136, right: 142, bottom: 1500, top: 1520 }]);
  });

  it("merges a line's runs separated by a narrow gap, and keeps wide gaps apart", () => {
    const labelled = page(["To:\tPine"]);
    const p = textPieces(labelled.text, 0, labelled.end, labelled.boxes);
    expect(rangeRects({ start: 0, end: labelled.end }, p, labelled.boxes, 0, labelled.end)).toHaveLength(2);
  });
});

describe("highlightParts", () => {
  const { text, boxes, end } = page(["alpha beta gamma delta"]);
  const pieces = textPieces(text, 0, end, boxes);
  const h = (id: string, start: number, stop: number, createdAt = "2017-02-10T00:00:00Z") => ({ id, start, end: stop, createdAt });

  it("draws longer highlights first so shorter ones lie on top, and says where each starts", () => {
    const parts = highlightParts({ start: 0, end }, pieces, boxes, [h("short", 6, 10), h("long", 0, 16), h("before", -20, 3), h("away", 900, 950)]);
    expect(parts.map((p) => p.id)).toEqual(["before", "long", "short"]);
    expect(parts.map((p) => p.starts)).toEqual([false, true, true]);
  });

  it("orders equal lengths oldest first, so the newest is on top", () => {
    const parts = highlightParts({ start: 0, end }, pieces, boxes, [h("new", 0, 5, "2017-02-11T00:00:00Z"), h("old", 6, 11, "2017-02-10T00:00:00Z")]);
    expect(parts.map((p) => p.id)).toEqual(["old", "new"]);
  });
});
