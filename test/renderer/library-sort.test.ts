// The library's sorting by column and its grouping by thread.
import { describe, expect, it } from "vitest";
import type { LibraryItem } from "../../renderer/src/library-items";
import { bareSubject, DEFAULT_SORT, nextSort, sortLibrary, type LibrarySort } from "../../renderer/src/library-sort";
import { daySpan, libraryRows, type LibraryRow } from "../../renderer/src/library-threads";
import { buildLibrary } from "../../renderer/src/library-items";
import { BRAM, doc, HARLAN, msg, QUINCY, sampleLibrary } from "./library-fixtures";

const keys = (items: readonly { key: string }[]) => items.map((i) => i.key);
const counts: Record<string, number> = { m11: 2, m12: 1, m13: 2, d4: 5 };
const countOf = (item: LibraryItem) => counts[item.key] ?? 0;
const sorted = (sort: LibrarySort) => keys(sortLibrary(sampleLibrary(), sort, countOf));

describe("sortLibrary", () => {
  it("by date ascending is the library's own order", () => {
    expect(sorted(DEFAULT_SORT)).toEqual(keys(sampleLibrary()));
  });

  it("by date descending puts the newest first, and what has no date last", () => {
    expect(sorted({ column: "date", descending: true })).toEqual(["m13", "m12", "m15", "m11", "m14", "d4"]);
  });

  it("by sender, by name, either way, with documents (no sender) last; one sender's messages stay in date order", () => {
    expect(sorted({ column: "from", descending: false })).toEqual(["m15", "m12", "m14", "m11", "m13", "d4"]);
    expect(sorted({ column: "from", descending: true })).toEqual(["m13", "m11", "m15", "m12", "m14", "d4"]);
  });

  it("by recipient", () => {
    expect(sorted({ column: "to", descending: false })).toEqual(["m13", "m11", "m15", "m12", "m14", "d4"]);
  });

  it("by subject, ignoring RE: and FW:, so a reply sorts with the message it answers", () => {
    expect(sorted({ column: "subject", descending: false })).toEqual(["d4", "m11", "m15", "m12", "m13", "m14"]);
  });

  it("by document file name", () => {
    expect(sorted({ column: "document", descending: false })).toEqual(["m13", "m14", "m15", "d4", "m11", "m12"]);
  });

  it("by highlight count, ties in date order", () => {
    expect(sorted({ column: "highlights", descending: true })).toEqual(["d4", "m11", "m13", "m12", "m15", "m14"]);
    expect(sorted({ column: "highlights", descending: false })).toEqual(["m15", "m14", "m12", "m11", "m13", "d4"]);
  });

  it("reverses on a second click of the same column, and starts ascending on another", () => {
    expect(nextSort(DEFAULT_SORT, "date")).toEqual({ column: "date", descending: true });
    expect(nextSort({ column: "date", descending: true }, "from")).toEqual({ column: "from", descending: false });
  });

  it.each([
    ["RE: Due Tonight", "Due Tonight"],
    ["Re: FW: Fwd:  Due Tonight", "Due Tonight"],
    ["AW: Antwort", "Antwort"],
    ["Re[2]: Budget", "Budget"],
    ["Regarding the raids", "Regarding the raids"],
  ])("bareSubject(%s)", (subject, bare) => {
    expect(bareSubject(subject)).toBe(bare);
  });
});

describe("libraryRows", () => {
  /** Two threads of two, a single message in a third, and a loose document. */
  function threaded(): LibraryItem[] {
    return buildLibrary(
      [doc(1, "a"), doc(2, "b"), doc(3, "c"), doc(4, "d"), doc(5, "e"), doc(6, "Summary", { kind: "text", messageCount: 0 })],
      [
        msg(1, 1, "2017-02-10T16:12:00-05:00", HARLAN, "Due Tonight", { threadId: 7 }),
        msg(2, 2, "2017-02-11T08:05:00-06:00", BRAM, "RE: Due Tonight", { threadId: 7 }),
        msg(3, 3, "2017-02-10T09:00:00-06:00", QUINCY, "Staffing", { threadId: 8 }),
        msg(4, 4, "2017-03-02T09:00:00-06:00", BRAM, "RE: Staffing", { threadId: 8 }),
        msg(5, 5, "2017-02-12T10:00:00-06:00", QUINCY, "Alone", { threadId: 9 }),
      ],
    );
  }
  const shape = (rows: LibraryRow[]) => rows.map((r) => (r.kind === "thread" ? `${r.key}:${r.size}${r.expanded ? "" : "+"}` : `${r.level}:${r.key}`));

  it("lists every item at the first level when not grouped", () => {
    const rows = libraryRows(threaded(), false, new Set());
    expect(shape(rows)).toEqual(["1:m3", "1:m1", "1:m2", "1:m5", "1:m4", "1:d6"]);
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("groups messages under their thread, threads where their first message falls, a single message on its own, documents last", () => {
    const rows = libraryRows(threaded(), true, new Set());
    expect(shape(rows)).toEqual(["t8:2", "2:m3", "2:m4", "t7:2", "2:m1", "2:m2", "1:m5", "1:d6"]);
    const staffing = rows[0]!;
    expect(staffing).toMatchObject({ kind: "thread", subject: "Staffing", span: "10 Feb – 2 Mar 2017", position: 1, setSize: 4 });
    expect(rows[4]).toMatchObject({ thread: "t7", position: 1, setSize: 2, level: 2 });
    expect(rows[7]).toMatchObject({ position: 4, setSize: 4, level: 1, thread: null });
  });

  it("follows the sort: newest first puts the newest thread first, and its newest message first", () => {
    const items = sortLibrary(threaded(), { column: "date", descending: true }, () => 0);
    const rows = libraryRows(items, true, new Set());
    expect(shape(rows)).toEqual(["t8:2", "2:m4", "2:m3", "1:m5", "t7:2", "2:m2", "2:m1", "1:d6"]);
    // The thread is still named after its earliest message.
    expect(rows[4]).toMatchObject({ subject: "Due Tonight", span: "10–11 Feb 2017" });
  });

  it("counts the reviewed and the flagged messages a thread lists", () => {
    const items = threaded().map((item) =>
      item.kind === "message" && item.message.threadId === 7 ? { ...item, message: { ...item.message, reviewed: true, flagged: item.message.id === 2 } } : item,
    );
    const rows = libraryRows(items, true, new Set());
    expect(rows.find((r) => r.key === "t7")).toMatchObject({ reviewed: 2, flagged: 1 });
    expect(rows.find((r) => r.key === "t8")).toMatchObject({ reviewed: 0, flagged: 0 });
  });

  it("hides a collapsed thread's messages and keeps its header", () => {
    expect(shape(libraryRows(threaded(), true, new Set(["t7"])))).toEqual(["t8:2", "2:m3", "2:m4", "t7:2+", "1:m5", "1:d6"]);
  });

  it.each([
    ["2017-02-10", "2017-02-10", "10 Feb 2017"],
    ["2017-02-10", "2017-02-12", "10–12 Feb 2017"],
    ["2017-02-28", "2017-03-02", "28 Feb – 2 Mar 2017"],
    ["2016-12-30", "2017-01-02", "30 Dec 2016 – 2 Jan 2017"],
    [null, null, "Undated"],
  ])("daySpan(%s, %s)", (first, last, span) => {
    expect(daySpan(first, last)).toBe(span);
  });
});
