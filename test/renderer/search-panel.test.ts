// The search panel's pure logic: marking the matched words of main's snippets (told apart from brackets
// in the text itself), turning the query and filter fields into a search with kind notices, and the
// grouped results with their count.
import { describe, expect, it } from "vitest";
import type { DocumentSummary, MessageSummary, SearchHit } from "../../shared/model";
import { searchCase } from "../../main/store/search";
import { buildGroups, summarize } from "../../renderer/src/search/search-groups";
import { NO_FILTER_FIELDS, planSearch, sameParams } from "../../renderer/src/search/search-request";
import { queryWords, snippetParts } from "../../renderer/src/search/snippet";
import { addTextDocument } from "../main/store/documents-fixture";
import { newCase } from "../support/temp";

const marked = (snippet: string, query: string) =>
  snippetParts(snippet, queryWords(query))
    .filter((p) => p.mark)
    .map((p) => p.text);

describe("snippet marks", () => {
  it("marks the bracketed runs of the query's words, and keeps the rest as text", () => {
    const parts = snippetParts("…the three most [egregious] cases…", queryWords("egregious"));
    expect(parts).toEqual([
      { text: "…the three most ", mark: false },
      { text: "egregious", mark: true },
      { text: " cases…", mark: false },
    ]);
    expect(marked("[three most egregious cases] and [three]", '"three most egregious cases"')).toEqual(["three most egregious cases", "three"]);
  });

  it("leaves the text's own brackets alone, beside a match or around one", () => {
    expect(marked("[EXTERNAL] RE: [tasking] due", "tasking")).toEqual(["tasking"]);
    expect(snippetParts("see [[tasking]] now", queryWords("tasking")).map((p) => p.text).join("")).toBe("see [tasking] now");
    expect(marked("see [[tasking]] now", "tasking")).toEqual(["tasking"]);
    expect(marked("a [b [tasking] c", "tasking")).toEqual(["tasking"]);
    expect(marked("odd ] and [ unclosed", "odd")).toEqual([]);
  });

  it("matches as the index does: any case, no diacritics, prefix*, and never an excluded word", () => {
    expect(marked("[ÉGREGIOUS] and [Egregiously]", "egregious egreg*")).toEqual(["ÉGREGIOUS", "Egregiously"]);
    expect(marked("[draft] [tasking]", "tasking -draft")).toEqual(["tasking"]);
    expect(marked("[subject line]", 'subject:"subject line"')).toEqual(["subject line"]);
  });

  it("marks exactly the ranges main matched, on a text holding brackets of its own", () => {
    const c = newCase();
    const text = "[EXTERNAL] Re: tasking\n\nThe [tasking] was due tonight; the Tasking went out at 9.\n[b] note";
    const documentId = addTextDocument(c, text);
    const [hit] = searchCase(c, "tasking", { documentId });
    expect(hit!.matches!.map((m) => text.slice(m.start, m.end))).toEqual(["tasking", "tasking", "Tasking"]);
    // Every marked word is one of the matched ranges, and the snippet's text is the document's.
    const parts = snippetParts(hit!.snippet, queryWords("tasking"));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["tasking", "tasking", "Tasking"]);
    expect(text.replace(/\s+/g, " ")).toContain(parts.map((p) => p.text).join("").replace(/…/g, "").replace(/\s+/g, " ").trim());
  });
});

describe("planSearch", () => {
  const plan = (query: string, filters = {}) => planSearch({ query, filters: { ...NO_FILTER_FIELDS, ...filters } });

  it("searches the query with the filter fields that are set", () => {
    expect(plan("egregious")).toEqual({ params: { query: "egregious" }, notices: [] });
    expect(plan("tasking", { from: " bram ", after: "2017-02-11", documentId: "3", tag: "order" }).params).toEqual({
      query: "tasking",
      from: "bram",
      after: "2017-02-11",
      documentId: 3,
      tag: "order",
    });
  });

  it("searches nothing for an empty field, and says why for a query that cannot find anything", () => {
    expect(plan("   ")).toEqual({ params: null, notices: [] });
    for (const [query, why] of [
      ["-draft", /exclusions alone/],
      ["NOT draft", /exclusions alone/],
      ["from:bram", /Add a word/],
      ["(( ))", /Nothing to search for/],
      ["x".repeat(1001), /at most 1000 characters/],
    ] as const) {
      const { params, notices } = plan(query);
      expect(params, query).toBeNull();
      expect(notices.at(-1)).toMatchObject({ kind: "error", text: expect.stringMatching(why) });
    }
  });

  it("still searches what it can, saying what was repaired or ignored", () => {
    const unclosed = plan('"three most');
    expect(unclosed.params).toEqual({ query: '"three most' });
    expect(unclosed.notices).toEqual([{ kind: "warning", text: expect.stringMatching(/quote was not closed/) }]);
    expect(plan("egregious after:yesterday").notices[0]!.text).toMatch(/after: takes a date/);
    expect(plan("tasking OR").notices[0]!.text).toMatch(/OR needs something/);
    expect(plan("tasking from:bram", { from: "harlan" }).notices).toEqual([{ kind: "warning", text: "The filter fields replace from: in the query." }]);
    expect(plan("tasking", { after: "2017-02-12", before: "2017-02-10" }).notices[0]!.text).toMatch(/first date is after the last/);
  });

  it("tells two searches apart by every argument", () => {
    expect(sameParams({ query: "a", from: "b" }, { from: "b", query: "a" })).toBe(true);
    expect(sameParams({ query: "a" }, { query: "a", tag: "order" })).toBe(false);
    expect(sameParams(null, null)).toBe(true);
    expect(sameParams({ query: "a" }, null)).toBe(false);
  });
});

describe("result groups", () => {
  const message = (id: number, documentId: number, subject: string, from: string): MessageSummary => ({
    id,
    documentId,
    start: 0,
    end: 100,
    bodyStart: 10,
    date: "2017-02-10T16:12:00-05:00",
    rawDate: null,
    page: null,
    pageEnd: null,
    from,
    to: [],
    cc: [],
    subject,
    threadId: 1,
    messageId: null,
  });
  const document = (id: number, title: string, kind: DocumentSummary["kind"], fileName: string, messageCount = 1): DocumentSummary => ({
    id,
    sha256: "",
    title,
    kind,
    pageCount: kind === "pdf" ? 4 : 0,
    messageCount,
    ocrPages: 0,
    exemptions: [],
    redactions: 0,
    parentId: null,
    fileName,
    size: 1,
    importState: "complete",
  });
  const hit = (documentId: number, messageId: number | undefined, score: number, extra: Partial<SearchHit> = {}): SearchHit => ({
    documentId,
    ...(messageId !== undefined ? { messageId } : {}),
    snippet: "…",
    score,
    start: 20,
    end: 25,
    matches: [{ start: 20, end: 25 }],
    ...extra,
  });

  it("heads each message's hits with its subject, sender and date; a PDF's hits with page and stamp", () => {
    const messages = new Map([
      [1, message(1, 1, "Due Tonight for S1 – URGENT", "Harlan Placeholder (ERO HQ) <ero-hq@example.gov>")],
      [7, message(7, 2, "Operation plan 4", "Avery Alder <avery.alder@example.gov>")],
    ]);
    const documents = new Map([
      [1, document(1, "Due Tonight", "email", "01.eml")],
      [2, document(2, "release", "pdf", "release.pdf", 12)],
      [3, document(3, "Case summary", "text", "case-summary.txt", 0)],
    ]);
    const hits = [
      hit(2, 7, -3, { page: 2, stamp: "2017-ICLI-00026 000103" }),
      hit(1, 1, -2),
      hit(1, 1, -1, { annotationId: "a1", matches: [] }),
      hit(3, undefined, -0.5, { start: undefined, end: undefined, matches: [] }),
      hit(2, 7, -2.5, { page: 1, stamp: null }),
    ];
    const groups = buildGroups(hits, messages, documents);
    expect(groups.map((g) => [g.title, g.sender, g.date, g.source, g.kind])).toEqual([
      ["Operation plan 4", "Avery Alder", "10 Feb 2017 16:12", "release.pdf", "message"],
      ["Due Tonight for S1 – URGENT", "Harlan Placeholder (ERO HQ)", "10 Feb 2017 16:12", null, "message"],
      ["Case summary", null, "", "case-summary.txt", "document"],
    ]);
    // In reading order within a group, and numbered in the order the keys go through them.
    expect(groups[0]!.hits.map((h) => [h.index, h.where])).toEqual([
      [0, "Page 2"],
      [1, "Page 3 · 2017-ICLI-00026 000103"],
    ]);
    expect(groups[1]!.hits.map((h) => h.label)).toEqual([null, "In a highlight’s note"]);
    expect(groups[2]!.hits[0]!.label).toBe("In the subject or people");
    expect(summarize(groups)).toBe("5 hits in 2 messages and 1 document");
    expect(summarize(groups.slice(1, 2))).toBe("2 hits in 1 message");
    expect(summarize([])).toBe("No hits");
  });
});
