// A memo's citations: full the first time, "Id." for the source just cited, "Id. at" when only the
// pinpoint differs, a full one again after a gap; and the per-case template with its placeholders.
import { describe, expect, it } from "vitest";
import { CITATION_PLACEHOLDERS, citationFields, formatCitation, memoCitations, templateProblems, type CitedQuote } from "../../../shared/memo-citations";

const q = (source: string | null, pinpoint: string | null, citation: string | null = `Full ${source}${pinpoint ? `, at ${pinpoint}` : ""}`): CitedQuote => ({ source, pinpoint, citation });

describe("Id. rules", () => {
  it("cites in full first, Id. for the same place, Id. at for another place in the same source", () => {
    const out = memoCitations([q("A", "1"), q("A", "1"), q("A", "2"), q("A", "2"), q("B", "2"), q("A", "2")]);
    expect(out).toEqual([
      { text: "Full A, at 1", short: false },
      { text: "Id.", short: true },
      { text: "Id. at 2", short: true },
      { text: "Id.", short: true },
      { text: "Full B, at 2", short: false },
      { text: "Full A, at 2", short: false },
    ]);
  });

  it("never says Id. across a deleted quote, nor for a quote without a pinpoint after one with one", () => {
    const out = memoCitations([q("A", null), q("A", null), q(null, null, null), q("A", null), q("A", "7"), q("A", null)]);
    expect(out.map((c) => c?.text ?? null)).toEqual(["Full A", "Id.", null, "Full A", "Id. at 7", "Full A"]);
  });

  it("treats an unknown source as never the same", () => {
    expect(memoCitations([q(null, "1", "X"), q(null, "1", "X")]).map((c) => c?.text)).toEqual(["X", "X"]);
  });
});

describe("citation templates", () => {
  const fields = citationFields({
    title: "ICE release", from: "Harlan Placeholder <hq@ice.example>", to: ["A <a@x>", "B <b@x>", "C <c@x>"], cc: ["D <d@x>"],
    date: "2017-02-10T16:12:00-05:00", subject: "Due Tonight", stamp: "2017-ICLI-00026 000123", page: 0, documentId: 4,
  });

  it("fills every placeholder", () => {
    expect(fields).toEqual({
      from: "Harlan Placeholder", to: "A et al.", cc: "D", date: "Feb. 10, 2017, 4:12 PM", subject: "Due Tonight", title: "ICE release",
      stamp: "2017-ICLI-00026 000123", page: "1", pinpoint: "2017-ICLI-00026 000123", doc: "4",
    });
    expect(CITATION_PLACEHOLDERS.map((p) => p.slice(1, -1)).sort()).toEqual(Object.keys(fields).sort());
    expect(formatCitation("{title} (doc. {doc}), {subject}: {from} to {to}, cc {cc}, {date}, p. {page}, Bates {stamp}", fields)).toBe(
      "ICE release (doc. 4), Due Tonight: Harlan Placeholder to A et al., cc D, Feb. 10, 2017, 4:12 PM, p. 1, Bates 2017-ICLI-00026 000123",
    );
  });

  it("leaves out an optional part whose placeholder is empty, and tidies the spaces", () => {
    const template = "Email from {from} ({date})[[, Bates {stamp}]][[, cc {cc}]]";
    expect(formatCitation(template, fields)).toBe("Email from Harlan Placeholder (Feb. 10, 2017, 4:12 PM), Bates 2017-ICLI-00026 000123, cc D");
    const bare = { ...fields, stamp: "", cc: "", date: "", pinpoint: "" };
    expect(formatCitation(template, bare)).toBe("Email from Harlan Placeholder");
    expect(formatCitation("{title} , at {pinpoint}", { ...fields, pinpoint: "" })).toBe("ICE release, at");
  });

  it("says what is wrong with a template it cannot use", () => {
    expect(templateProblems("Email from {from} ({date})[[, at {pinpoint}]]")).toEqual([]);
    expect(templateProblems("{sender} on {date}")).toEqual([expect.stringContaining("{sender} is not a placeholder")]);
    expect(templateProblems("{from}[[, at {pinpoint}")).toEqual([expect.stringContaining("never closed")]);
    expect(templateProblems("{from}]]")).toEqual([expect.stringContaining("closes no optional part")]);
    expect(templateProblems("[[{from}[[{to}]]]]")).toEqual(expect.arrayContaining([expect.stringContaining("cannot hold another")]));
    expect(templateProblems("no placeholders here")).toEqual([expect.stringContaining("at least one placeholder")]);
    expect(templateProblems("{from} {")).toEqual([expect.stringContaining("opens no placeholder")]);
  });
});

describe("tidying what empty placeholders leave", () => {
  const none = citationFields({ title: "Field memo" });
  it("drops empty parentheses, doubled and dangling commas", () => {
    expect(formatCitation("{title} ({from}, {date})", none)).toBe("Field memo");
    expect(formatCitation("{title} ({from}, {date}), {subject}, {stamp}", { ...none, date: "Feb. 10, 2017" })).toBe("Field memo (Feb. 10, 2017)");
    expect(formatCitation("{from}, {title}", none)).toBe("Field memo");
  });
});
