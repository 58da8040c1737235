import { describe, expect, it } from "vitest";
import { MAX_DEPTH, MAX_TERMS, parseQuery } from "../../../shared/search/query";
import { toFts5 } from "../../../shared/search/fts5";
import { groupSearchHits } from "../../../shared/search/group";

/** The MATCH expression for document text, or what stands in for none. */
const text = (q: string) => {
  const m = toFts5(parseQuery(q).root, "text");
  return m.kind === "match" ? m.expr : m.kind;
};
const note = (q: string) => {
  const m = toFts5(parseQuery(q).root, "note");
  return m.kind === "match" ? m.expr : m.kind;
};

describe("the query language", () => {
  it("quotes every word and phrase, and marks prefixes", () => {
    expect(text("egregious")).toBe('"egregious"');
    expect(text("three egregious")).toBe('"three" AND "egregious"');
    expect(text('"failed at this tasking"')).toBe('"failed at this tasking"');
    expect(text("egreg*")).toBe('"egreg"*');
    expect(text('"most egreg"*')).toBe('"most egreg"*');
    expect(text("egreg***")).toBe('"egreg"*');
  });

  it("reads AND, OR, NOT, -word and parentheses with NOT tightest, then AND, then OR", () => {
    expect(text("pinged NOT egregious")).toBe('"pinged" NOT "egregious"');
    expect(text("pinged -egregious")).toBe('"pinged" NOT "egregious"');
    expect(text("a OR b c")).toBe('"a" OR ("b" AND "c")');
    expect(text("(a OR b) c")).toBe('("a" OR "b") AND "c"');
    expect(text("a AND b AND c")).toBe('"a" AND "b" AND "c"');
    expect(text("a -b -c")).toBe('"a" NOT ("b" OR "c")');
    expect(text("a NOT (b OR c)")).toBe('"a" NOT ("b" OR "c")');
    expect(text("NOT NOT a")).toBe('"a"');
  });

  it("treats lower-case and, or, not as words", () => {
    expect(text("failed or not")).toBe('"failed" AND "or" AND "not"');
  });

  it("keeps negations FTS5 cannot state on its own exact, or says the query only excludes", () => {
    // (NOT a) OR b is NOT (a NOT b): only an exclusion, which FTS5 cannot list.
    expect(text("-a OR b")).toBe("only-exclusions");
    expect(text("-draft")).toBe("only-exclusions");
    expect(text("x (-a OR b)")).toBe('"x" NOT ("a" NOT "b")');
    expect(text("x (-a OR -b)")).toBe('"x" NOT ("a" AND "b")');
  });

  it("limits terms to fields, and searches notes only with words notes can hold", () => {
    expect(text("subject:urgent")).toBe('subject : "urgent"');
    expect(text('people:"Quincy Notreal"')).toBe('people : "Quincy Notreal"');
    expect(text("subject:(urgent OR tonight)")).toBe('subject : "urgent" OR subject : "tonight"');
    expect(text("body:egreg*")).toBe('body : "egreg"*');
    expect(note("subject:urgent")).toBe("nothing");
    expect(text("note:package")).toBe("nothing");
    expect(note("note:package")).toBe('"package"');
    expect(note("package OR subject:urgent")).toBe('"package"');
    expect(note("package subject:urgent")).toBe("nothing");
  });

  it("takes filters out of the query", () => {
    const parsed = parseQuery('tasking from:bram to:"Orla Examplewood" after:2017-02-10 before:2017-02-11 tag:"failure report" doc:3 exemption:b6');
    expect(parsed.filters).toEqual({ from: "bram", to: "Orla Examplewood", after: "2017-02-10", before: "2017-02-11", tag: "failure report", documentId: 3, exemption: "b6" });
    expect(text('tasking from:bram tag:"failure report"')).toBe('"tasking"');
    expect(parseQuery("from:bram").root).toBeNull();
    expect(parseQuery("after:yesterday x").warnings.join(" ")).toMatch(/after: takes a date/);
    expect(parseQuery("doc:abc x").filters.documentId).toBeUndefined();
    expect(parseQuery("after:2017-02-10T08:00:00-06:00 x").filters.after).toBe("2017-02-10T08:00:00-06:00");
  });

  it("searches a FOIA exemption code as the phrase it is, not as groups", () => {
    expect(text("(b)(6)")).toBe('"(b)(6)"');
    expect(text("(b)(7)(C) withheld")).toBe('"(b)(7)(C)" AND "withheld"');
  });
});

describe("hostile input", () => {
  it("never lets user text become FTS5 syntax", () => {
    expect(text("NEAR(a b)")).toBe('"NEAR" AND "a" AND "b"');
    expect(text('NEAR("a" "b", 3)')).toBe('"NEAR" AND "a" AND "b" AND "3"');
    expect(text("text:secret")).toBe('"text:secret"');
    expect(text("document_id:1")).toBe('"document_id:1"');
    expect(text("{body subject}:x")).toBe('"{body" AND "subject}:x"');
    expect(text("^start +plus")).toBe('"^start" AND "+plus"');
    expect(text('say "hi""there"')).toBe('"say" AND "hi" AND "there"');
    expect(text('a"b')).toBe('"a" AND "b"');
    expect(text('"she said ""no"""')).toBe('"she said " AND "no"');
    expect(text("x*y")).toBe('"x*y"');
    // A NUL would end the string SQLite reads; control characters are word breaks.
    expect(text("a\u0000b")).toBe('"a" AND "b"');
  });

  it("repairs unbalanced quotes and parentheses, saying so", () => {
    const q = parseQuery('S1 – "URGENT');
    expect(text('S1 – "URGENT')).toBe('"S1" AND "URGENT"');
    expect(q.warnings.join(" ")).toMatch(/quote was not closed/);
    expect(text("(a OR b")).toBe('"a" OR "b"');
    expect(parseQuery("(a OR b").warnings.join(" ")).toMatch(/not closed/);
    expect(text("a) OR b")).toBe('"a" AND "b"');
    expect(parseQuery("a) b").warnings.join(" ")).toMatch(/no opening one/);
    expect(text("(((")).toBe("nothing");
    expect(text(")))")).toBe("nothing");
    expect(text('"')).toBe("nothing");
    expect(text('""')).toBe("nothing");
  });

  it("ignores lone operators and lone punctuation", () => {
    for (const q of ["AND", "OR", "NOT", "-", "*", "AND OR NOT", "– — …", "()", "( OR )", "**", "'", "."]) {
      expect(toFts5(parseQuery(q).root, "text").kind, q).not.toBe("match");
    }
    expect(text("OR tasking")).toBe('"tasking"');
    expect(text("tasking OR")).toBe('"tasking"');
    expect(text("tasking AND")).toBe('"tasking"');
    expect(text("tasking NOT")).toBe('"tasking"');
    expect(text("a OR OR b")).toBe('"a" OR "b"');
    expect(parseQuery("tasking OR").warnings.join(" ")).toMatch(/lone OR/);
    expect(parseQuery("NOT").warnings.join(" ")).toMatch(/lone NOT/);
  });

  it("bounds very long and deeply nested queries", () => {
    const long = Array.from({ length: 500 }, (_, i) => `w${i}`).join(" ");
    const parsed = parseQuery(long);
    expect(text(long).match(/"w\d+"/g)).toHaveLength(MAX_TERMS);
    expect(parsed.warnings.join(" ")).toMatch(/first 64 words/);
    const deep = `${"(".repeat(5000)}x${")".repeat(5000)}`;
    expect(text(deep)).toBe('"x"');
    expect(parseQuery(deep).warnings.join(" ")).toMatch(new RegExp(`more than ${MAX_DEPTH} deep`));
    const nested = `${"(a OR ".repeat(MAX_DEPTH)}b${")".repeat(MAX_DEPTH)}`;
    expect(text(nested)).toBe(`"a" OR "a" OR ${'"a" OR '.repeat(MAX_DEPTH - 2)}"b"`);
    expect(() => parseQuery("x".repeat(100_000))).not.toThrow();
    expect(() => parseQuery('"'.repeat(10_001))).not.toThrow();
    expect(() => parseQuery("-".repeat(10_001) + "a")).not.toThrow();
  });

  it("never throws on arbitrary characters (a small fuzz)", () => {
    const alphabet = ['"', "(", ")", "-", "*", ":", " ", "a", "OR", "AND", "NOT", "NEAR", "subject:", "from:", "\u0000", "\u0001", "é", "😀", "{", "}", "^", "+", "'"];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const q = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(next() < 0.5 ? " " : "");
      const m = toFts5(parseQuery(q).root, "text");
      if (m.kind === "match") {
        // Every quote FTS5 sees opens and closes a phrase: an even count of unescaped quotes.
        expect(m.expr.replace(/""/g, "").split('"').length % 2, q).toBe(1);
      }
    }
  });
});

describe("grouping hits", () => {
  it("groups by message, best group first, text hits in reading order before notes", () => {
    const groups = groupSearchHits([
      { documentId: 1, messageId: 1, snippet: "a", score: -3, page: 2, start: 50 },
      { documentId: 2, messageId: 4, snippet: "b", score: -5 },
      { documentId: 1, messageId: 1, snippet: "note", score: -9, annotationId: "x", start: 10 },
      { documentId: 1, messageId: 1, snippet: "c", score: -1, page: 1, start: 20 },
      { documentId: 3, snippet: "d", score: -2 },
    ]);
    expect(groups.map((g) => [g.documentId, g.messageId, g.score])).toEqual([[1, 1, -9], [2, 4, -5], [3, null, -2]]);
    expect(groups[0]!.hits.map((h) => h.snippet)).toEqual(["c", "a", "note"]);
  });
});
