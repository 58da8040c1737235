// The chronology view's pure parts: citations, people, tag and person filters, thread groups and link chains.
import { describe, expect, it } from "vitest";
import { entryCitation } from "../../shared/chronology";
import { chainsOf, dateSourceNote, filterEntries, groupByThread, hasTag, peopleOf, sameSubject } from "../../renderer/src/chronology/chronology-model";
import type { ChronologyEntry } from "../../shared/model";

const HQ = "Harlan Placeholder (ERO HQ) <ero-hq@example.gov>";
const FODS = "ERO Field Office Directors <ero-fods@example.gov>";
const BRAM = "Bram Fictus <sanantonio-fod@example.gov>";

function entry(id: string, over: Partial<ChronologyEntry> = {}): ChronologyEntry {
  return {
    annotationId: id, date: "2017-02-10T16:12:00-05:00", dateSource: "message", from: HQ, to: [FODS], cc: [], subject: "Due Tonight", quote: `quote ${id}`, note: "",
    tags: ["order"], links: [], documentId: 1, documentTitle: "Due Tonight", sha256: "a".repeat(64), messageId: 1, threadId: 7, threadSubject: "Due Tonight", start: 0, end: 5,
    ...over,
  };
}

describe("citations and dates", () => {
  it("cites a message's passage by sender, recipients and date, else its document, with the page stamp or page", () => {
    expect(entryCitation(entry("a"))).toBe("Email from Harlan Placeholder (ERO HQ) to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM)");
    expect(entryCitation(entry("b", { messageId: null, documentTitle: "case-summary.txt" }))).toBe("case-summary.txt");
    expect(entryCitation(entry("c", { stamp: "2017-ICLI-00026 000123", page: 4 }))).toMatch(/\(Feb\. 10, 2017, 4:12 PM\), at 2017-ICLI-00026 000123$/);
    expect(entryCitation(entry("d", { messageId: null, documentTitle: "release.pdf", page: 4, stamp: null }))).toBe("release.pdf, at 5");
  });

  it("says where a borrowed date came from", () => {
    expect(dateSourceNote(entry("a"))).toBeNull();
    expect(dateSourceNote(entry("a", { dateSource: "attachment" }))).toBe("date of the email it is attached to");
    expect(dateSourceNote(entry("a", { dateSource: "document" }))).toBe("date of the first dated email in its document");
    expect(dateSourceNote(entry("a", { date: null, dateSource: null }))).toBeNull();
  });
});

describe("people and filters", () => {
  const entries = [
    entry("a"),
    entry("b", { from: BRAM, to: ["SNA supervisors <sna@example.gov>"], cc: ["harlan placeholder <ERO-HQ@example.gov>"], tags: ["failure report"] }),
    entry("c", { from: BRAM, to: [], tags: ["order/urgent", "response"] }),
    entry("d", { from: null, to: [], tags: ["orders"] }),
  ];

  it("lists each person once (by address, any case) with how many passages they are on", () => {
    expect(peopleOf(entries)).toEqual([
      { key: "sanantonio-fod@example.gov", label: "Bram Fictus", count: 2 },
      { key: "ero-fods@example.gov", label: "ERO Field Office Directors", count: 1 },
      { key: "ero-hq@example.gov", label: "Harlan Placeholder (ERO HQ)", count: 2 },
      { key: "sna@example.gov", label: "SNA supervisors", count: 1 },
    ]);
  });

  it("tells apart two people of the same name by their address", () => {
    const twins = peopleOf([entry("a", { from: "Pat <pat@a.gov>", to: ["Pat <pat@b.gov>"] })]);
    expect(twins.map((p) => p.label)).toEqual(["Pat <pat@a.gov>", "Pat <pat@b.gov>"]);
  });

  it("takes a tag with the tags below it, not others that merely start the same", () => {
    expect(hasTag(entries[2]!, "order")).toBe(true);
    expect(hasTag(entries[3]!, "order")).toBe(false);
    expect(filterEntries(entries, { tag: "order", person: "" }).map((e) => e.annotationId)).toEqual(["a", "c"]);
    expect(filterEntries(entries, { tag: "order/urgent", person: "" }).map((e) => e.annotationId)).toEqual(["c"]);
  });

  it("takes a person as sender or recipient, and both filters together", () => {
    expect(filterEntries(entries, { tag: "", person: "ero-hq@example.gov" }).map((e) => e.annotationId)).toEqual(["a", "b"]);
    expect(filterEntries(entries, { tag: "failure report", person: "sanantonio-fod@example.gov" }).map((e) => e.annotationId)).toEqual(["b"]);
    expect(filterEntries(entries, { tag: "", person: "" })).toHaveLength(4);
  });
});

describe("threads and chains", () => {
  it("groups by thread where each thread's first passage falls, passages outside a thread together", () => {
    const groups = groupByThread([
      entry("a", { threadId: 2, threadSubject: "Second" }),
      entry("b", { threadId: null, messageId: null }),
      entry("c", { threadId: 1, threadSubject: "First" }),
      entry("d", { threadId: 2, threadSubject: "Second" }),
    ]);
    expect(groups.map((g) => [g.subject, g.entries.map((e) => e.annotationId)])).toEqual([
      ["Second", ["a", "d"]],
      ["Outside any email thread", ["b"]],
      ["First", ["c"]],
    ]);
  });

  it("connects linked passages either way into chains in date order, ignoring links to passages not in the list", () => {
    const link = (to: string, direction: "outgoing" | "incoming" = "outgoing") => ({ relation: "responds to" as const, direction, annotationId: to });
    const chains = chainsOf([
      entry("order", { links: [link("reply", "incoming")] }),
      entry("lone", { links: [link("untagged")] }),
      entry("reply", { links: [link("order")] }),
      entry("other"),
      entry("failure", { links: [{ relation: "reports failure of", direction: "outgoing", annotationId: "reply" }] }),
    ]);
    expect(chains.map((c) => [c.number, c.steps.map((s) => s.annotationId)])).toEqual([[1, ["order", "reply", "failure"]]]);
  });

  it("treats a reply's subject as its thread's", () => {
    expect(sameSubject("RE: Fwd: Due Tonight", "Due Tonight")).toBe(true);
    expect(sameSubject("Due Tomorrow", "Due Tonight")).toBe(false);
  });
});
