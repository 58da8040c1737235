// Find in a document, go to a page or stamp, the FOIA marks counted per document, and which page holds an offset.
import { describe, expect, it } from "vitest";
import { findAll, hitAtOrAfter, hitsWithin, stepHit } from "../../renderer/src/pdf-reader/find-text";
import { foiaSummary, pageLabel, pageOfOffset, resolvePage } from "../../renderer/src/pdf-reader/page-marks";

describe("findAll", () => {
  const text = "Due tonight for S1.\nThe TASKING is due\ntonight; tasking again. Due\n\n2017-ICLI-00026 000102\ntonight";

  it("ignores case and lets any white space (a line or page break) stand for a space", () => {
    expect(findAll(text, "tasking").hits.map((h) => text.slice(h.start, h.end))).toEqual(["TASKING", "tasking"]);
    expect(findAll(text, "due  tonight").hits.map((h) => text.slice(h.start, h.end))).toEqual(["Due tonight", "due\ntonight"]);
    expect(findAll(text, "again. due 2017-icli").hits).toHaveLength(1);
  });

  it("takes the query literally, finds nothing for nothing, and stops at a limit", () => {
    expect(findAll(text, "S1.").hits).toHaveLength(1);
    expect(findAll(text, "(b)(6)").hits).toEqual([]);
    expect(findAll(text, "   ")).toEqual({ hits: [], capped: false });
    expect(findAll("a a a a", "a", 3)).toEqual({ hits: [{ start: 0, end: 1 }, { start: 2, end: 3 }, { start: 4, end: 5 }], capped: true });
  });

  it("starts from the first hit at or after a place, wrapping round, and steps either way", () => {
    const hits = [{ start: 5, end: 8 }, { start: 20, end: 23 }, { start: 40, end: 43 }];
    expect(hitAtOrAfter(hits, 0)).toBe(0);
    expect(hitAtOrAfter(hits, 6)).toBe(1);
    expect(hitAtOrAfter(hits, 20)).toBe(1);
    expect(hitAtOrAfter(hits, 41)).toBe(0);
    expect(hitAtOrAfter([], 3)).toBe(-1);
    expect(stepHit(3, 2, 1)).toBe(0);
    expect(stepHit(3, 0, -1)).toBe(2);
    expect(stepHit(3, -1, -1)).toBe(2);
    expect(stepHit(0, -1, 1)).toBe(-1);
  });

  it("picks the hits on a page, including one that crosses into it", () => {
    const hits = [{ start: 5, end: 8 }, { start: 18, end: 23 }, { start: 40, end: 43 }];
    expect(hitsWithin(hits, 20, 40)).toEqual([1, 2]);
    expect(hitsWithin(hits, 44, 60)).toEqual([3, 3]);
  });
});

describe("resolvePage", () => {
  const pages = ["2017-ICLI-00026 000101", "2017-ICLI-00026 000102", null, "2017-ICLI-00026 000104", "2017-ICLI-00026 000105"].map((stamp) => ({ stamp }));

  it("goes to a stamp as printed, in any case or spacing", () => {
    expect(resolvePage("2017-icli-00026   000104", pages)).toBe(3);
  });

  it("goes to a page number, also written p. 3 or page 3, within the release", () => {
    expect(resolvePage("3", pages)).toBe(2);
    expect(resolvePage("p. 5", pages)).toBe(4);
    expect(resolvePage("Page 1", pages)).toBe(0);
    expect(resolvePage("9", pages)).toBeNull();
  });

  it("goes to the stamp a part of it names: its number with its zeros, or any part of it", () => {
    expect(resolvePage("000102", pages)).toBe(1);
    expect(resolvePage("00026 000105", pages)).toBe(4);
    expect(resolvePage("", pages)).toBeNull();
    expect(resolvePage("DOJ-OIP", pages)).toBeNull();
  });

  it("goes to a stamp's number without its zeros when no page has that number", () => {
    expect(resolvePage("104", pages)).toBe(3);
  });
});

describe("page labels and FOIA marks", () => {
  it("labels a page with its number and stamp", () => {
    expect(pageLabel({ pageIndex: 2, stamp: "2017-ICLI-00026 000103" }, 12)).toBe("Page 3 of 12, 2017-ICLI-00026 000103");
    expect(pageLabel({ pageIndex: 0, stamp: null }, 1)).toBe("Page 1 of 1");
  });

  it("counts redaction boxes and the pages citing each exemption, most cited first", () => {
    const summary = foiaSummary([
      { redactions: [[1, 2, 3, 4]], exemptions: ["(b)(6)"] },
      { redactions: [], exemptions: ["(b)(6)", "(b)(7)(C)", "(b)(6)"] },
      { redactions: [[1, 2, 3, 4], [5, 6, 7, 8]], exemptions: ["(b)(5)"] },
    ]);
    expect(summary).toEqual({
      redactions: 3,
      exemptions: [
        { code: "(b)(6)", pages: 2 },
        { code: "(b)(5)", pages: 1 },
        { code: "(b)(7)(C)", pages: 1 },
      ],
    });
  });

  it("finds the page holding an offset; one between pages goes to the next", () => {
    const pages = [{ start: 0, end: 100 }, { start: 102, end: 250 }, { start: 252, end: 252 }, { start: 254, end: 300 }];
    expect(pageOfOffset(pages, 0)).toBe(0);
    expect(pageOfOffset(pages, 99)).toBe(0);
    expect(pageOfOffset(pages, 100)).toBe(1);
    expect(pageOfOffset(pages, 260)).toBe(3);
    expect(pageOfOffset(pages, 999)).toBe(3);
  });
});
