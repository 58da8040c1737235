import { describe, expect, it } from "vitest";
import { findQuote, occurrences, quoteSelector } from "../../../shared/anchoring/quote";

describe("quoteSelector", () => {
  it("keeps 32 characters of context on each side", () => {
    const text = `${"p".repeat(40)}QUOTE${"s".repeat(40)}`;
    const q = quoteSelector(text, 40, 45);
    expect(q).toEqual({ exact: "QUOTE", prefix: "p".repeat(32), suffix: "s".repeat(32) });
  });

  it("clips context at the text's edges", () => {
    expect(quoteSelector("ab", 0, 1)).toEqual({ exact: "a", prefix: "", suffix: "b" });
  });
});

describe("occurrences and findQuote", () => {
  it("lists overlapping occurrences", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(occurrences("abc", "")).toEqual([]);
  });

  it("finds a one-line quote across a line break", () => {
    const text = "indicating that we failed at this\ntasking. Nothing";
    expect(findQuote(text, "failed at this tasking")).toEqual([{ start: 19, end: 41 }]);
  });

  it("treats regular-expression characters literally", () => {
    expect(findQuote("cost (b)(6) here, (b)(6) there", "(b)(6)").map((r) => r.start)).toEqual([5, 18]);
  });
});
