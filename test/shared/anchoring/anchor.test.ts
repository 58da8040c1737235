import { describe, expect, it } from "vitest";
import { anchor } from "../../../shared/anchoring/anchor";
import { quoteSelector } from "../../../shared/anchoring/quote";

const text = "The order came at noon. The order was late. Nobody answered the order.";

describe("anchor", () => {
  it("keeps the stored position when the quote is still there", () => {
    const q = quoteSelector(text, 28, 33);
    expect(anchor(text, q, { start: 28, end: 33 })).toEqual({ status: "ok", start: 28, end: 33 });
  });

  it("moves to the occurrence whose context matches when the text shifted", () => {
    const q = quoteSelector(text, 28, 33); // the second "order"
    const shifted = `PREFACE. ${text}`;
    expect(anchor(shifted, q, { start: 28, end: 33 })).toEqual({ status: "drifted", start: 37, end: 42 });
  });

  it("prefers context over distance", () => {
    const q = quoteSelector(text, 64, 69); // the last "order"
    expect(anchor(text, q, { start: 0, end: 5 })).toMatchObject({ status: "drifted", start: 64 });
  });

  it("orphans a quote that is gone instead of guessing", () => {
    expect(anchor(text, { exact: "raid", prefix: "", suffix: "" }, { start: 0, end: 4 })).toEqual({ status: "orphaned" });
  });
});
