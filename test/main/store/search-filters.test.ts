// Search on real imports: the ranges a hit gives are exactly the matched words of the canonical text,
// and every filter (tag with sub-tags, sender, recipient, dates, document, exemption) keeps only what it names.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation } from "../../../main/store/annotations";
import type { Case } from "../../../main/store/case-file";
import { documentText, listDocuments } from "../../../main/store/documents";
import { listMessages } from "../../../main/store/messages";
import { listPages } from "../../../main/store/pages";
import { searchCase } from "../../../main/store/search";
import { addTag } from "../../../main/store/tags";
import { write } from "../../../main/store/write";
import { findQuote } from "../../../shared/anchoring/quote";
import type { SearchHit } from "../../../shared/model";
import { generateRelease } from "../../support/generate-release";
import { newCase, tempDir } from "../../support/temp";

let host: JobHost;
let c: Case;
beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  c = newCase("sample");
  await buildSampleCase(c, host);
});
afterAll(() => host.close());

const flat = (s: string) => s.replace(/\s+/g, " ");
const textHits = (hits: SearchHit[]) => hits.filter((h) => !h.annotationId);
const messageOf = (id: number | undefined) => listMessages(c).find((m) => m.id === id)!;

describe("hit offsets", () => {
  it("are the exact ranges of the canonical text a phrase matched, across line breaks", () => {
    const hits = textHits(searchCase(c, '"failed at this tasking"'));
    expect(hits.length).toBeGreaterThanOrEqual(4);
    for (const hit of hits) {
      const text = documentText(c, hit.documentId);
      expect(hit.matches!.length).toBeGreaterThan(0);
      expect(hit.start).toBe(hit.matches![0]!.start);
      for (const m of hit.matches!) expect(flat(text.slice(m.start, m.end))).toBe("failed at this tasking");
    }
    // The first hit is the message that says it; its range is the failure report the sample highlights.
    const report = listDocuments(c).find((d) => d.title.startsWith("RE:"))!;
    const said = findQuote(documentText(c, report.id), "failed at this tasking")[0]!;
    expect(hits[0]).toMatchObject({ documentId: report.id, start: said.start, end: said.end });
  });

  it("cover every word of an AND and the whole word of a prefix, and nothing excluded", () => {
    for (const hit of textHits(searchCase(c, "egreg* AND tonight"))) {
      const words = hit.matches!.map((m) => documentText(c, hit.documentId).slice(m.start, m.end).toLowerCase());
      expect(words).toContain("egregious");
      expect(words).toContain("tonight");
      expect(words.every((w) => w === "egregious" || w === "tonight")).toBe(true);
    }
    for (const hit of textHits(searchCase(c, "tonight -pinged"))) expect(documentText(c, hit.documentId)).not.toMatch(/pinged/i);
  });

  it("give no range for a hit only in the subject or people, and the highlight's range for a note hit", () => {
    const subject = textHits(searchCase(c, "subject:urgent"));
    expect(subject).toHaveLength(6);
    expect(subject.every((h) => h.start === undefined && h.matches!.length === 0)).toBe(true);
    const note = searchCase(c, "note:package")[0]!;
    expect(note.annotationId).toBeDefined();
    const text = documentText(c, note.documentId);
    expect(text.slice(note.start, note.end)).toMatch(/^We were pinged by HQ/);
  });

  it("list hits group by group, one group per message", () => {
    const hits = searchCase(c, "tasking OR package");
    const keys = hits.map((h) => `${h.documentId}:${h.messageId}`);
    // A key never comes back once its group is over.
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (i > 0 && keys[i - 1] !== k) expect(seen.has(k)).toBe(false);
      seen.add(k);
    });
    expect(hits.some((h) => h.annotationId)).toBe(true);
  });
});

describe("filters", () => {
  it("by sender and recipient: part of a name or address, any case", () => {
    const bram = searchCase(c, "tasking", { from: "BRAM" });
    expect(bram.length).toBeGreaterThan(0);
    for (const h of bram) expect(messageOf(h.messageId).from).toMatch(/Bram Fictus/);
    const toPriya = searchCase(c, "tasking", { to: "sanantonio-sddo" });
    expect(toPriya.length).toBeGreaterThan(0);
    for (const h of toPriya) expect([...messageOf(h.messageId).to, ...messageOf(h.messageId).cc].join(" ")).toMatch(/sanantonio-sddo/);
    expect(searchCase(c, "tasking", { from: "nobody-at-all" })).toEqual([]);
    // A LIKE wildcard in a name is a literal character.
    expect(searchCase(c, "tasking", { from: "%" })).toEqual([]);
  });

  it("by date: inclusive days as the sender's clock read them, or instants", () => {
    const day = (h: SearchHit) => messageOf(h.messageId).date!.slice(0, 10);
    const eleventh = searchCase(c, "HQ", { after: "2017-02-11", before: "2017-02-11" });
    expect(new Set(eleventh.map(day))).toEqual(new Set(["2017-02-11"]));
    expect(eleventh.filter((h) => !h.annotationId).length).toBe(3);
    expect(new Set(searchCase(c, "HQ", { after: "2017-02-12" }).map(day))).toEqual(new Set(["2017-02-12"]));
    expect(new Set(searchCase(c, "HQ", { before: "2017-02-10" }).map(day))).toEqual(new Set(["2017-02-10"]));
    // 08:05 -06:00 is 14:05 UTC: an instant bound just after it leaves that message out.
    const later = searchCase(c, "HQ", { after: "2017-02-11T14:05:01Z", before: "2017-02-11T23:59:59Z" });
    expect(later.map((h) => messageOf(h.messageId).date)).not.toContain("2017-02-11T08:05:00-06:00");
    expect(() => searchCase(c, "HQ", { after: "11/02/2017" })).toThrow(/takes a date/);
  });

  it("by document, and by tag including the tags below it", () => {
    const doc = listDocuments(c)[1]!.id;
    const inDoc = searchCase(c, "tonight", { documentId: doc });
    expect(inDoc.length).toBeGreaterThan(0);
    expect(inDoc.every((h) => h.documentId === doc)).toBe(true);
    const memo = listDocuments(c).find((d) => d.title.startsWith("FW:"))!.id;
    const at = findQuote(documentText(c, memo), "white paper")[0]!;
    write(c, () => {
      addTag(c, { path: "failure report/missed deadline" });
      createAnnotation(c, { documentId: memo, ...at, tags: ["failure report/missed deadline"] });
    });
    expect(searchCase(c, "paper", { tag: "failure report" }).map((h) => h.documentId)).toContain(memo);
    expect(searchCase(c, "paper", { tag: "failure report/missed deadline" }).map((h) => h.documentId)).toEqual([memo]);
  });

  it("can be written in the query; the caller's own options win", () => {
    const inQuery = searchCase(c, "tasking from:bram after:2017-02-11");
    expect(inQuery).toEqual(searchCase(c, "tasking", { from: "bram", after: "2017-02-11" }));
    expect(searchCase(c, "tasking from:bram", { from: "quincy" }).every((h) => /Quincy/.test(messageOf(h.messageId).from!))).toBe(true);
  });

  it("apply to note hits by the message holding the highlight", () => {
    expect(searchCase(c, "note:package", { from: "bram" }).length).toBe(1);
    expect(searchCase(c, "note:package", { from: "quincy" })).toEqual([]);
  });
});

describe("hostile queries against the real index", () => {
  it("never reach FTS5 as syntax: no error, whatever the query", () => {
    const queries = ['NEAR(a b, 2)', "text:x", "{body}:x", "body:", "*", "-", '"', "((", "))", "a OR", "NOT", "^x", "x:y:z", "rank MATCH 1", "'", "\\", "%", "_",
      "document_id:1", "a\u0000b", "😀", "-a OR -b", `${"(".repeat(300)}x`, "x ".repeat(2000), '"'.repeat(999), "subject:(", "from:"];
    for (const q of queries) expect(() => searchCase(c, q), q).not.toThrow();
    expect(searchCase(c, "-tasking")).toEqual([]);
    expect(searchCase(c, "NEAR").length).toBe(0);
  });
});

describe("a printed release PDF", () => {
  it("gives page hits with their stamps and exact ranges, and filters each match by its own message", async () => {
    const { bytes } = await generateRelease(12, 5);
    const path = join(tempDir(), "release.pdf");
    writeFileSync(path, bytes);
    const pdf = newCase("release");
    const [result] = await importPaths(pdf, [path], { host });
    const id = result!.documentId!;
    const pages = listPages(pdf, id);
    const text = documentText(pdf, id);
    const hits = searchCase(pdf, "tasking", { limit: 500 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const page = pages[h.page!]!;
      expect(h.stamp).toBe(page.stamp);
      for (const m of h.matches!) {
        expect(text.slice(m.start, m.end).toLowerCase()).toBe("tasking");
        expect(m.start).toBeGreaterThanOrEqual(page.start);
        expect(m.end).toBeLessThanOrEqual(page.end);
      }
    }
    const messages = listMessages(pdf, { documentId: id });
    const sender = messages.find((m) => m.from)!.from!.split(/[ ,<]/).filter(Boolean)[0]!;
    const theirs = searchCase(pdf, "tasking OR report OR case", { from: sender, limit: 500 });
    for (const h of theirs) {
      for (const m of h.matches!) {
        const holder = messages.find((x) => x.start <= m.start && m.start < x.end)!;
        expect(holder.from).toContain(sender);
      }
    }
    const coded = searchCase(pdf, "withheld OR tasking", { exemption: "b6", limit: 500 });
    for (const h of coded) expect(pages[h.page!]!.exemptions).toContain("(b)(6)");
  });
});
