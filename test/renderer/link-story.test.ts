// The sidebar's story logic: how links read from each end, which highlights a link can go to and how the
// picker filters them, how quoted copies are summed up, and the copies cache (one read per version, two at a time).
import { afterEach, describe, expect, it } from "vitest";
import type { AnnotationLink, AnnotationView, QuotedCopy, TagView } from "../../shared/model";
import { LINK_RELATIONS } from "../../shared/model";
import { alreadyLinked, buildCandidates, filterCandidates, likelyRelation, placeOf } from "../../renderer/src/links/link-candidates";
import { capitalized, relationPhrase } from "../../renderer/src/links/link-phrases";
import { indexMessages } from "../../renderer/src/links/message-index";
import { CopiesCache } from "../../renderer/src/quoted/copies-cache";
import { isHighlighted, summarizeCopies } from "../../renderer/src/quoted/copies-summary";
import { indexTags } from "../../renderer/src/tag-colors";
// The cache reaches main through renderer/src/api.ts, which needs window.casemark's type from here.
import type {} from "../../renderer/src/casemark-api";
import { doc, msg } from "./library-fixtures";

const tag = (path: string, color: string, description = ""): TagView => ({ id: path.length, name: path.split("/").pop()!, path, color, key: null, description, count: 0 });
const TAGS = indexTags([tag("order", "#f59f00", "An instruction from above."), tag("failure report", "#ff6b6b")]);

function hl(id: string, documentId: number, start: number, quote: string, tags: string[], extra: Partial<AnnotationView> = {}): AnnotationView {
  return {
    id,
    documentId,
    quote,
    prefix: "",
    suffix: "",
    start,
    end: start + quote.length,
    tags,
    note: "",
    noteJson: null,
    author: "test",
    status: "ok",
    createdAt: "2024-01-01T00:00:00Z",
    modifiedAt: "2024-01-01T00:00:00Z",
    links: [],
    ...extra,
  };
}

// Two emails, and a printed PDF holding two messages (offsets 0–500 and 500–900) with a gap after.
const DOCUMENTS = new Map([doc(1, "Due Tonight"), doc(2, "RE: Due Tonight"), doc(3, "release.pdf", { kind: "pdf" })].map((d) => [d.id, d]));
const MESSAGES = indexMessages([
  msg(11, 1, "2017-02-10T16:12:00-05:00", "Harlan Placeholder <hq@example.gov>", "Due Tonight for S1"),
  msg(12, 2, "2017-02-11T08:05:00-06:00", "Bram Fictus <bram@example.gov>", "RE: Due Tonight for S1"),
  msg(32, 3, "2017-02-12T10:15:00-06:00", "Quincy Notreal <q@example.gov>", "Ping again", { start: 500, end: 900 }),
  msg(31, 3, null, null, "", { start: 0, end: 500 }),
]);

describe("relationPhrase", () => {
  it("reads each relation as itself from its source and as its inverse from its target", () => {
    expect(LINK_RELATIONS.map((r) => relationPhrase(r, "outgoing"))).toEqual(["responds to", "fulfils", "reports failure of", "contradicts"]);
    expect(LINK_RELATIONS.map((r) => relationPhrase(r, "incoming"))).toEqual(["responded to by", "fulfilled by", "failure reported in", "contradicted by"]);
    expect(capitalized("failure reported in")).toBe("Failure reported in");
  });
});

describe("indexMessages", () => {
  it("finds the message holding an offset, and none in a gap or a document without messages", () => {
    expect(MESSAGES.at(3, 0)?.id).toBe(31);
    expect(MESSAGES.at(3, 499)?.id).toBe(31);
    expect(MESSAGES.at(3, 500)?.id).toBe(32);
    expect(MESSAGES.at(3, 950)).toBeNull();
    expect(MESSAGES.at(9, 0)).toBeNull();
  });
});

describe("link candidates", () => {
  const order = hl("a", 1, 10, "three most egregious cases", ["order"]);
  const report = hl("b", 2, 20, "we failed at this tasking", ["failure report"]);
  const ping = hl("c", 3, 600, "pinging us again", ["order"]);
  const undated = hl("d", 3, 100, "printed page text", [], { note: "from the release" });

  it("lists every other highlight, by its message's date (undated last), with subject, date and sender", () => {
    const list = buildCandidates(report, [undated, ping, report, order], MESSAGES, DOCUMENTS, TAGS);
    expect(list.map((c) => c.highlight.id)).toEqual(["a", "c", "d"]);
    expect(list[0]).toMatchObject({ subject: "Due Tonight for S1", date: "2017-02-10T16:12:00-05:00", from: "Harlan Placeholder" });
    // A message without a subject is named by its document.
    expect(list[2]).toMatchObject({ subject: "release.pdf", date: null, from: null });
    expect(placeOf({ documentId: 3, start: 950 }, MESSAGES, DOCUMENTS)).toEqual({ subject: "release.pdf", date: null, from: null });
  });

  it("filters by every word typed, in the quote, tags, note, subject, sender or date, in any case and order", () => {
    const list = buildCandidates(report, [undated, ping, report, order], MESSAGES, DOCUMENTS, TAGS);
    const ids = (q: string) => filterCandidates(list, q).map((c) => c.highlight.id);
    expect(ids("")).toEqual(["a", "c", "d"]);
    expect(ids("EGREGIOUS")).toEqual(["a"]);
    expect(ids("order")).toEqual(["a", "c"]);
    expect(ids("order quincy")).toEqual(["c"]);
    expect(ids("feb 16:12")).toEqual(["a"]);
    expect(ids("2017 ping")).toEqual(["c"]);
    expect(ids("release")).toEqual(["d"]);
    expect(ids("cases harlan")).toEqual(["a"]);
    expect(ids("nothing like this")).toEqual([]);
  });

  it("knows a link that exists already (same target and relation, from this end)", () => {
    const link: AnnotationLink = { id: 1, relation: "reports failure of", direction: "outgoing", annotationId: "a", documentId: 1, quote: order.quote, author: "t", createdAt: "" };
    const source = { links: [link] };
    expect(alreadyLinked(source, "a", "reports failure of")).toBe(true);
    expect(alreadyLinked(source, "a", "contradicts")).toBe(false);
    expect(alreadyLinked({ links: [{ ...link, direction: "incoming" as const }] }, "a", "reports failure of")).toBe(false);
  });

  it("guesses the relation from the source's tags", () => {
    expect(likelyRelation(report, TAGS)).toBe("reports failure of");
    expect(likelyRelation(order, TAGS)).toBe("responds to");
    expect(likelyRelation(hl("x", 1, 0, "q", ["contradiction"]), TAGS)).toBe("contradicts");
  });
});

const copy = (documentId: number, messageId: number | null, start: number, date: string | null, extra: Partial<QuotedCopy> = {}): QuotedCopy => ({
  documentId,
  messageId,
  start,
  end: start + 26,
  quote: "three most egregious cases",
  date,
  from: "Someone <s@example.gov>",
  alreadyHighlighted: false,
  ...extra,
});

describe("quoted copies summed up", () => {
  const original = hl("a", 1, 10, "three most egregious cases", ["order"]);
  const later = [copy(2, 12, 900, "2017-02-11T08:05:00-06:00"), copy(4, 14, 1500, "2017-02-11T09:22:00-06:00"), copy(4, 14, 2500, "2017-02-11T09:22:00-06:00")];

  it("counts the messages (not the copies) and says they are later when every one is", () => {
    const s = summarizeCopies(original, later, [], "2017-02-10T16:12:00-05:00");
    expect(s.line).toBe("Quoted in 2 later messages");
    expect(s.remaining).toHaveLength(3);
    expect(summarizeCopies(original, later.slice(0, 1), [], "2017-02-10T16:12:00-05:00").line).toBe("Quoted in 1 later message");
  });

  it("says 'also in' when a copy is earlier, undated, or the original is undated, and 'places' outside messages", () => {
    expect(summarizeCopies(original, [...later, copy(9, 19, 0, "2017-02-09T10:00:00Z")], [], "2017-02-10T16:12:00-05:00").line).toBe("Also in 3 other messages");
    expect(summarizeCopies(original, later, [], null).line).toBe("Also in 2 other messages");
    expect(summarizeCopies(original, [copy(5, null, 0, null)], [], "2017-02-10T16:12:00-05:00").line).toBe("Also in 1 other place");
  });

  it("reads 'highlighted' from the case's highlights (same range, every tag of the original), else from main", () => {
    const there = hl("z", 2, 900, "three most egregious cases", ["Order", "failure report"]);
    expect(isHighlighted(later[0]!, ["order"], [there])).toBe(true);
    expect(isHighlighted(later[0]!, ["order", "response"], [there])).toBe(false);
    expect(isHighlighted({ ...later[0]!, end: 925 }, ["order"], [there])).toBe(false);
    const s = summarizeCopies(original, later, [original, there], "2017-02-10T16:12:00-05:00");
    expect(s.rows.map((r) => r.highlighted)).toEqual([true, false, false]);
    expect(s.remaining.map((c) => c.start)).toEqual([1500, 2500]);
    // Before the case's highlights are read, main's own flags stand.
    const flagged = summarizeCopies(original, [{ ...later[0]!, alreadyHighlighted: true }, later[1]!], [], null);
    expect(flagged.rows.map((r) => r.highlighted)).toEqual([true, false]);
  });
});

describe("CopiesCache", () => {
  const calls: string[] = [];
  const waiting: Array<() => void> = [];
  afterEach(() => {
    calls.length = 0;
    waiting.length = 0;
    delete (globalThis as { window?: unknown }).window;
  });

  function fakeMain() {
    (globalThis as { window?: unknown }).window = {
      casemark: {
        quotedCopies: ({ annotationId }: { annotationId: string }) => {
          calls.push(annotationId);
          return new Promise((resolve) => waiting.push(() => resolve({ ok: true, value: [copy(2, 12, annotationId.length, null)] })));
        },
      },
    };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("reads each version once, two at a time, and forgets on request", async () => {
    fakeMain();
    const cache = new CopiesCache();
    const v1 = { id: "a", modifiedAt: "1" };
    const first = cache.load(v1);
    expect(cache.load(v1)).toBe(first);
    const others = [cache.load({ id: "bb", modifiedAt: "1" }), cache.load({ id: "ccc", modifiedAt: "1" })];
    await settle();
    expect(calls).toEqual(["a", "bb"]);
    waiting.shift()!();
    expect((await first)?.[0]?.start).toBe(1);
    await settle();
    expect(calls).toEqual(["a", "bb", "ccc"]);
    waiting.splice(0).forEach((go) => go());
    await Promise.all(others);

    expect(cache.peek(v1)?.[0]?.start).toBe(1);
    expect(await cache.load(v1)).toBe(cache.peek(v1));
    expect(calls).toHaveLength(3);
    // A new version of the highlight is read again.
    expect(cache.peek({ id: "a", modifiedAt: "2" })).toBeUndefined();
    cache.forget("a");
    expect(cache.peek(v1)).toBeUndefined();
    expect(cache.peek({ id: "bb", modifiedAt: "1" })).toBeDefined();
  });
});
