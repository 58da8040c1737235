// The review bar's model: which item the reader shows, and the words for its review.
import { describe, expect, it } from "vitest";
import type { ReviewState } from "../../shared/model";
import { localTime, recallReview, rememberReview, reviewedText, reviewTarget } from "../../renderer/src/review/review-state";
import { doc, HARLAN, msg } from "./library-fixtures";

const state = (s: Partial<ReviewState>): ReviewState => ({ reviewed: false, flagged: false, reviewedAt: null, flaggedAt: null, author: null, ...s });

describe("reviewTarget", () => {
  it("is the open message, else the document shown on its own", () => {
    const d = doc(3, "Release", { reviewed: true });
    const m = msg(12, 3, null, HARLAN, "Due", { flagged: true });
    expect(reviewTarget(d, m)).toEqual({ key: "m12", input: { messageId: 12 }, noun: "message", reviewed: false, flagged: true });
    expect(reviewTarget(d, null)).toEqual({ key: "d3", input: { documentId: 3 }, noun: "document", reviewed: true, flagged: false });
  });
});

describe("reviewedText", () => {
  const time = (iso: string) => `<${iso}>`;

  it("says who reviewed it and when, when known", () => {
    const details = state({ reviewed: true, author: "ana", reviewedAt: "2025-03-03T14:02:00.000Z" });
    expect(reviewedText({ reviewed: true, flagged: false }, details, time)).toBe("Reviewed ✓ by ana on <2025-03-03T14:02:00.000Z>");
    expect(reviewedText({ reviewed: true, flagged: false }, null, time)).toBe("Reviewed ✓");
    expect(reviewedText({ reviewed: false, flagged: true }, null, time)).toBe("Not reviewed yet");
  });

  it("gives the year only when it is not this one", () => {
    const now = new Date("2025-06-01T12:00:00Z");
    expect(localTime("2024-03-03T12:02:00.000Z", now)).toContain("2024");
    expect(localTime("2025-03-03T12:02:00.000Z", now)).not.toContain("2025");
    expect(localTime("not a date", now)).toBe("not a date");
  });
});

describe("remembered reviews", () => {
  it("give who and when only while the mark shown is the one remembered, per case document", () => {
    const d = doc(5, "Memo", { sha256: "a".repeat(64) });
    const other = doc(5, "Memo", { sha256: "b".repeat(64) });
    const marked = state({ reviewed: true, author: "ana", reviewedAt: "2025-03-03T14:02:00.000Z" });
    rememberReview(d, "d5", marked);
    expect(recallReview(d, "d5", { reviewed: true, flagged: false })).toEqual(marked);
    // Undone since: the remembered mark is no longer the one shown.
    expect(recallReview(d, "d5", { reviewed: false, flagged: false })).toBeNull();
    expect(recallReview(other, "d5", { reviewed: true, flagged: false })).toBeNull();
  });
});
