// The library's pure logic: which items it lists, how they filter, whose highlights are whose, and the saved view.
import { describe, expect, it } from "vitest";
import { highlightsByItem, hasTag, usedTagPaths, type LibraryHighlight } from "../../renderer/src/library-highlights";
import { applyFilters, buildLibrary, dayExtent, filterLibrary, isFiltered, localDay, NO_FILTERS, senderChoices, type LibraryItem } from "../../renderer/src/library-items";
import { parseView } from "../../renderer/src/library-memory";
import { BRAM, doc, HARLAN, msg, QUINCY, sampleLibrary } from "./library-fixtures";

const keys = (items: readonly LibraryItem[]) => items.map((i) => i.key);

describe("buildLibrary", () => {
  it("lists messages by date (undated last), then documents without messages by title", () => {
    expect(keys(sampleLibrary())).toEqual(["m11", "m15", "m12", "m13", "m14", "d4"]);
  });

  it("names the holding document's file in the Document column, and a loose document's own file", () => {
    const items = sampleLibrary();
    expect(items.find((i) => i.key === "m12")?.source).toBe("release-1.pdf");
    expect(items.find((i) => i.key === "d4")?.source).toBe("case-summary.txt");
  });
});

describe("filters", () => {
  const items = sampleLibrary();
  const none = () => [];

  it("keeps items containing every word of the text", () => {
    expect(keys(filterLibrary(items, "bram due"))).toEqual(["m15", "m12"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, text: "  " }, none))).toEqual(keys(items));
  });

  it("by sender keeps that sender's messages only", () => {
    expect(keys(applyFilters(items, { ...NO_FILTERS, sender: BRAM }, none))).toEqual(["m15", "m12", "m14"]);
  });

  it("by dates keeps messages sent on those days as printed, inclusive, and drops undated ones and documents", () => {
    expect(keys(applyFilters(items, { ...NO_FILTERS, since: "2017-02-10", until: "2017-02-10" }, none))).toEqual(["m11", "m15"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, since: "2017-02-11" }, none))).toEqual(["m12", "m13"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, until: "2017-02-11" }, none))).toEqual(["m11", "m15", "m12"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, since: "2017-02-13" }, none))).toEqual([]);
  });

  it("by tag keeps items with a highlight carrying the tag or a sub-tag", () => {
    const tagged: Record<string, LibraryHighlight[]> = {
      m11: [{ documentId: 1, start: 10, end: 20, tags: ["order"] }],
      m12: [{ documentId: 1, start: 600, end: 620, tags: ["failure report/missed deadline"] }],
      m13: [{ documentId: 2, start: 5, end: 9, tags: ["orders received"] }],
      d4: [{ documentId: 4, start: 0, end: 4, tags: ["response", "failure report"] }],
    };
    const of = (item: LibraryItem) => tagged[item.key] ?? [];
    expect(keys(applyFilters(items, { ...NO_FILTERS, tag: "failure report" }, of))).toEqual(["m12", "d4"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, tag: "order" }, of))).toEqual(["m11"]);
    expect(keys(applyFilters(items, { ...NO_FILTERS, tag: "failure report/missed deadline" }, of))).toEqual(["m12"]);
    // Filters combine: a tag and a sender.
    expect(keys(applyFilters(items, { ...NO_FILTERS, tag: "failure report", sender: BRAM }, of))).toEqual(["m12"]);
  });

  it("says whether anything is filtered", () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, text: " " })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, until: "2017-02-11" })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, tag: "order" })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, review: "unreviewed" })).toBe(true);
  });

  it("reads the day from an ISO date as written", () => {
    expect(localDay("2017-02-10T23:30:00-06:00")).toBe("2017-02-10");
    expect(localDay(null)).toBeNull();
    expect(localDay("not a date")).toBeNull();
  });

  it("offers each sender once, by name, with the address when two share a name", () => {
    expect(senderChoices(items)).toEqual([
      { value: BRAM, label: "Bram Fictus (San Antonio FOD)" },
      { value: HARLAN, label: "Harlan Placeholder (ERO HQ)" },
      { value: QUINCY, label: "Quincy Notreal (Austin AFOD)" },
    ]);
    const twins = buildLibrary([doc(1, "a"), doc(2, "b")], [msg(1, 1, null, "Pat Doe <pat@a.gov>", "a"), msg(2, 2, null, "Pat Doe <pat@b.gov>", "b")]);
    expect(senderChoices(twins).map((c) => c.label)).toEqual(["Pat Doe <pat@a.gov>", "Pat Doe <pat@b.gov>"]);
  });

  it("knows the first and last day a message was sent", () => {
    expect(dayExtent(items)).toEqual({ first: "2017-02-10", last: "2017-02-12" });
    expect(dayExtent(items.filter((i) => i.kind === "document"))).toBeNull();
  });
});

describe("highlightsByItem", () => {
  const items = sampleLibrary();
  const h = (documentId: number, start: number, tags: string[] = ["order"]): LibraryHighlight => ({ documentId, start, end: start + 5, tags });

  it("gives a highlight to the message whose [start, end) holds its start", () => {
    const byItem = highlightsByItem(items, [h(1, 0), h(1, 499), h(1, 500), h(1, 1199), h(2, 40)]);
    expect(byItem.get("m11")?.map((x) => x.start)).toEqual([0, 499]);
    expect(byItem.get("m12")?.map((x) => x.start)).toEqual([500, 1199]);
    expect(byItem.get("m13")).toHaveLength(1);
  });

  it("gives a document without messages all of its highlights", () => {
    expect(highlightsByItem(items, [h(4, 0), h(4, 9000)]).get("d4")).toHaveLength(2);
  });

  it("gives no one a highlight outside every message, or in a document it does not list", () => {
    const byItem = highlightsByItem(items, [h(1, 1200), h(1, 5000), h(99, 0)]);
    expect([...byItem.values()].flat()).toEqual([]);
  });

  it("matches a tag and its sub-tags, not a tag that merely starts the same", () => {
    expect(hasTag([h(1, 0, ["Failure Report/late"])], "failure report")).toBe(true);
    expect(hasTag([h(1, 0, ["failure reports"])], "failure report")).toBe(false);
    expect(hasTag([], "order")).toBe(false);
  });

  it("offers the tags the highlights carry, with their parents", () => {
    expect(usedTagPaths([h(1, 0, ["order", "failure report/late/very"]), h(1, 0, ["order"])])).toEqual([
      "failure report",
      "failure report/late",
      "failure report/late/very",
      "order",
    ]);
  });
});

describe("parseView", () => {
  it("accepts a stored view and refuses anything else", () => {
    expect(parseView({ sort: { column: "from", descending: true }, grouped: true })).toEqual({ sort: { column: "from", descending: true }, grouped: true });
    expect(parseView({ sort: { column: "colour", descending: true }, grouped: true })).toBeNull();
    expect(parseView({ sort: { column: "date" }, grouped: false })).toBeNull();
    expect(parseView(null)).toBeNull();
    expect(parseView("date")).toBeNull();
  });
});
