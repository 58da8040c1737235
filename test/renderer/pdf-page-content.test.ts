// What each page in the reader's DOM draws: its pieces with the text between pages, its highlight parts,
// which page holds each highlight's keyboard stop, its find hits — and the same objects when nothing changed.
import { describe, expect, it } from "vitest";
import type { AnnotationView, PageLayout, PageView } from "../../shared/model";
import { drawPages } from "../../renderer/src/pdf-reader/page-content";

// Two pages, "one two" and "three four", the canonical text putting a blank line between them.
const text = "one two\n\nthree four";
const boxesFor = (s: string) => [...s].flatMap((ch, i) => (ch === " " ? [100 + i * 12, 1500, 106 + i * 12, 1500] : [100 + i * 12, 1500, 110 + i * 12, 1520]));
const layouts: PageLayout[] = [
  { pageIndex: 0, start: 0, end: 7, boxes: boxesFor("one two") },
  { pageIndex: 1, start: 9, end: 19, boxes: boxesFor("three four") },
];
const pages = layouts.map((l) => ({ pageIndex: l.pageIndex, start: l.start, end: l.end, width: 612, height: 792, stamp: null, exemptions: [], ocr: false, ocrConfidence: null, redactions: [] })) as PageView[];
const highlight = (id: string, start: number, end: number) => ({ id, start, end, createdAt: "2017-02-10T00:00:00Z" }) as AnnotationView;
const layoutOf = (i: number) => layouts[i];

describe("drawPages", () => {
  it("ends a page with the text up to the next page, so the DOM holds the page break", () => {
    const draws = drawPages(pages, 0, 1, layoutOf, text, [], [], new Map());
    const last = draws.get(0)!.pieces.at(-1)!;
    expect(last).toMatchObject({ kind: "gap", start: 7, end: 9 });
    expect(draws.get(1)!.pieces.at(-1)).toMatchObject({ kind: "run", end: 19 });
  });

  it("draws a highlight across the break on both pages, its keyboard stop on the first page shown", () => {
    const across = [highlight("a", 4, 14)];
    const both = drawPages(pages, 0, 1, layoutOf, text, across, [], new Map());
    expect(both.get(0)!.parts.map((p) => p.id)).toEqual(["a"]);
    expect(both.get(1)!.parts.map((p) => [p.id, p.starts])).toEqual([["a", false]]);
    expect([...both.get(0)!.tabbable]).toEqual(["a"]);
    expect([...both.get(1)!.tabbable]).toEqual([]);
    // With the first page scrolled away, the second page holds the stop.
    const second = drawPages(pages, 1, 1, layoutOf, text, across, [], new Map());
    expect([...second.get(1)!.tabbable]).toEqual(["a"]);
  });

  it("skips pages whose boxes have not arrived, and gives each page its own find hits", () => {
    const hits = [{ start: 0, end: 3 }, { start: 15, end: 19 }];
    const draws = drawPages(pages, 0, 1, (i) => (i === 1 ? layouts[1] : undefined), text, [], hits, new Map());
    expect([...draws.keys()]).toEqual([1]);
    expect(draws.get(1)!.hits).toEqual([{ start: 15, end: 19 }]);
  });

  it("keeps a page's object when its drawing did not change, so React can skip it", () => {
    const list = [highlight("a", 0, 3)];
    const first = drawPages(pages, 0, 1, layoutOf, text, list, [], new Map());
    const again = drawPages(pages, 0, 1, layoutOf, text, list, [], first);
    expect(again.get(0)).toBe(first.get(0));
    const changed = drawPages(pages, 0, 1, layoutOf, text, [...list, highlight("b", 10, 12)], [], again);
    expect(changed.get(0)).not.toBe(again.get(0));
  });
});
