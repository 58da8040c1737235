// Review marks in the library: the review filter, the progress line's words, the next item to review, row labels.
import { describe, expect, it } from "vitest";
import type { ReviewProgress } from "../../shared/model";
import { applyFilters, NO_FILTERS, type LibraryItem } from "../../renderer/src/library-items";
import { markLabel, nextUnreviewed, progressSummary, reviewOf } from "../../renderer/src/library-review";
import { itemLabel, threadLabel } from "../../renderer/src/library-labels";
import { libraryRows, type ThreadRow } from "../../renderer/src/library-threads";
import { sampleLibrary } from "./library-fixtures";

const keys = (items: readonly LibraryItem[]) => items.map((i) => i.key);

/** The sample library (m11, m15, m12, m13, m14, d4) with m11 and d4 reviewed and m12 flagged. */
function marked(): LibraryItem[] {
  return sampleLibrary().map((item) => {
    if (item.kind === "message") {
      const id = item.message.id;
      return { ...item, message: { ...item.message, reviewed: id === 11, flagged: id === 12 } };
    }
    return { ...item, document: { ...item.document, reviewed: true, flagged: false } };
  });
}

const progress = (p: Partial<ReviewProgress>): ReviewProgress => ({
  messagesReviewed: 0,
  messages: 0,
  documentsReviewed: 0,
  documents: 0,
  flagged: 0,
  flaggedMessages: 0,
  flaggedDocuments: 0,
  ...p,
});

describe("the review filter", () => {
  const items = marked();
  const none = () => [];

  it("keeps what is not reviewed, what is, or what is flagged, messages and documents alike", () => {
    expect(keys(applyFilters(items, { ...NO_FILTERS, review: "unreviewed" }, none))).toEqual(["m15", "m12", "m13", "m14"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, review: "reviewed" }, none))).toEqual(["m11", "d4"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, review: "flagged" }, none))).toEqual(["m12"]);
    expect(keys(applyFilters(items, NO_FILTERS, none))).toEqual(keys(items));
  });

  it("combines with the other filters", () => {
    expect(keys(applyFilters(items, { ...NO_FILTERS, review: "unreviewed", text: "due" }, none))).toEqual(["m15", "m12", "m13"]);
  });

  it("counts a summary without a mark as not reviewed", () => {
    expect(keys(applyFilters(sampleLibrary(), { ...NO_FILTERS, review: "unreviewed" }, none))).toEqual(keys(sampleLibrary()));
    expect(reviewOf(sampleLibrary()[0]!)).toEqual({ reviewed: false, flagged: false });
  });
});

describe("progressSummary", () => {
  it("says how many messages are reviewed, and the loose documents when there are some", () => {
    expect(progressSummary(progress({ messagesReviewed: 3, messages: 6 }))).toEqual({ parts: ["3 of 6 messages reviewed"], flagged: null, done: 3, total: 6 });
    expect(progressSummary(progress({ messagesReviewed: 2, messages: 6, documents: 1, flagged: 1, flaggedMessages: 1 }))).toEqual({
      parts: ["2 of 6 messages reviewed", "0 of 1 document"],
      flagged: "1 flagged",
      done: 2,
      total: 7,
    });
  });

  it("speaks of documents alone when there are no messages, and of nothing when the case is empty", () => {
    expect(progressSummary(progress({ documentsReviewed: 1, documents: 4 }))?.parts).toEqual(["1 of 4 documents reviewed"]);
    expect(progressSummary(progress({ messagesReviewed: 1, messages: 1 }))?.parts).toEqual(["1 of 1 message reviewed"]);
    expect(progressSummary(progress({}))).toBeNull();
  });
});

describe("nextUnreviewed", () => {
  const items = marked();

  it("is the first unreviewed item after the current one, going round to the top", () => {
    expect(nextUnreviewed(items, "m11")?.key).toBe("m15");
    expect(nextUnreviewed(items, "m13")?.key).toBe("m14");
    // After m14 come d4 (reviewed) and then, from the top, m11 (reviewed) and m15.
    expect(nextUnreviewed(items, "m14")?.key).toBe("m15");
  });

  it("never is the current item, starts at the top for an item not listed, and is null when all are reviewed", () => {
    const onlyOne = items.filter((i) => i.key === "m15" || i.key === "m11");
    expect(nextUnreviewed(onlyOne, "m15")).toBeNull();
    expect(nextUnreviewed(items, "m99")?.key).toBe("m15");
    expect(nextUnreviewed([], "m11")).toBeNull();
  });
});

describe("row labels", () => {
  it("say whether the item is reviewed and flagged, before its highlights", () => {
    const [m11, , m12] = marked();
    expect(itemLabel(m11!, 2)).toBe("Due Tonight, from Harlan Placeholder (ERO HQ), 10 Feb 2017 16:12, reviewed, 2 highlights");
    expect(itemLabel(m12!, 0)).toBe("RE: Due Tonight, from Bram Fictus (San Antonio FOD), 11 Feb 2017 08:05, flagged");
    expect(markLabel({ reviewed: false, flagged: false })).toBe("");
    expect(markLabel({ reviewed: true, flagged: true })).toBe(", reviewed, flagged");
  });

  it("say how much of a thread is reviewed and flagged", () => {
    // m11, m12 and m13 (thread 1) as one thread: m11 reviewed, m12 flagged; then all three reviewed.
    const thread = (items: LibraryItem[]) => libraryRows(items, true, new Set()).find((r): r is ThreadRow => r.kind === "thread")!;
    expect(threadLabel(thread(marked()), 5)).toBe("Due Tonight, thread of 4 messages, 10–12 Feb 2017, 1 of 4 reviewed, 1 flagged, 5 highlights");
    const all = marked().map((i) => (i.kind === "message" ? { ...i, message: { ...i.message, reviewed: true, flagged: false } } : i));
    expect(threadLabel(thread(all), 0)).toBe("Due Tonight, thread of 4 messages, 10–12 Feb 2017, all reviewed");
    expect(threadLabel(thread(sampleLibrary()), 0)).toBe("Due Tonight, thread of 4 messages, 10–12 Feb 2017");
  });
});
