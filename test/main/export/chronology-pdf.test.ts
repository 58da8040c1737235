// The chronology as a PDF, read back with qpdf, pdftotext and a poppler rendering: numbered entries in
// date order with their date, people, quote (barred in its tag's colour), note, tags, links and
// citation, over as many numbered pages as it takes.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chronologyPdf } from "../../../main/export/chronology-pdf";
import type { ChronologyEntry } from "../../../shared/model";
import { cli } from "../../support/cli";
import { tempDir } from "../../support/temp";
import { POPPLER, QPDF, qpdfCheck, render } from "./pdf-tools";

const entry = (over: Partial<ChronologyEntry>): ChronologyEntry => ({
  annotationId: "a", date: null, dateSource: null, from: null, to: [], cc: [], subject: null, quote: "q", note: "", tags: ["order"], links: [],
  documentId: 1, documentTitle: "Doc", sha256: "0".repeat(64), messageId: null, threadId: null, threadSubject: null, start: 0, end: 1, ...over,
});

const ENTRIES = [
  entry({
    annotationId: "o", date: "2017-02-10T16:12:00-05:00", from: "Harlan Placeholder <hq@ice.example>", to: ["ERO Field Office Directors <fods@ice.example>"],
    cc: ["ERO HQ Field Operations <ops@ice.example>"], subject: "Due Tonight for S1 – URGENT", messageId: 1, quote: "It is due tonight.",
    links: [{ relation: "reports failure of", direction: "incoming", annotationId: "f" }], page: 0, stamp: "2017-ICLI-00026 000123",
  }),
  entry({
    annotationId: "f", date: "2017-02-11T08:05:00-06:00", tags: ["failure report"], quote: "We were pinged by HQ this morning indicating that we failed at this tasking.",
    note: "The admission: nothing from San Antonio made the package.", messageId: 3, from: "Bram Fictus <fod@ice.example>", to: ["SNA ERO AFODs <afods@ice.example>"],
    links: [{ relation: "reports failure of", direction: "outgoing", annotationId: "o" }, { relation: "contradicts", direction: "outgoing", annotationId: "elsewhere" }],
  }),
  entry({ annotationId: "u", quote: "Memo 東京 office, undated.", documentTitle: "Field memo", stamp: "2017-ICLI-00026 000130", page: 4 }),
];
const COLORS = new Map([["order", "#f59f00"], ["failure report", "#ff6b6b"]]);

describe.skipIf(!QPDF || !POPPLER)("the chronology as a PDF", () => {
  it("sets numbered entries with date, people, quote, note, tags, links and citation", async () => {
    const out = join(tempDir(), "chronology.pdf");
    writeFileSync(out, await chronologyPdf("ICE release", ENTRIES, { tag: "order" }, COLORS));
    const check = qpdfCheck(out);
    expect(check.findings, check.out).toEqual([]);
    expect(check.status).toBe(0);
    const text = execFileSync("pdftotext", ["-layout", out, "-"], { encoding: "utf8" });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Chronology: ICE release");
    expect(flat).toContain("3 tagged passages (tag “order”), ordered by the date of their message.");
    expect(flat).toMatch(/1\. Feb\. 10, 2017, 4:12 PM — order .*From Harlan Placeholder to ERO Field Office Directors; cc ERO HQ Field Operations .*Subject: Due Tonight for S1 – URGENT .*It is due tonight\. .*Tags: order .*→ entry 2 reports failure of this .*Email from Harlan Placeholder to ERO Field Office Directors \(Feb\. 10, 2017, 4:12 PM\), at 2017-ICLI-00026 000123/);
    expect(flat).toMatch(/2\. Feb\. 11, 2017, 8:05 AM — failure report .*We were pinged by HQ this morning indicating that we failed at this tasking\. .*Note: The admission: nothing from San Antonio made the package\. .*→ reports failure of entry 1 .*→ contradicts a passage outside this chronology \(elsewhere\)/);
    // Characters the font lacks print as a visible □; an undated passage outside any message cites its document.
    expect(flat).toMatch(/3\. Undated — order .*Memo □□ office, undated\. .*Field memo, at 2017-ICLI-00026 000130/);
    expect(flat).toContain("Page 1 of 1");

    // Each quote is barred in its first tag's colour: the order amber and the failure-report red are on the page.
    const page = render(out, 0);
    const has = ([r, g, b]: number[]) => {
      for (let i = 0; i < page.data.length; i += 4) if (Math.abs(page.data[i]! - r!) < 12 && Math.abs(page.data[i + 1]! - g!) < 12 && Math.abs(page.data[i + 2]! - b!) < 12) return true;
      return false;
    };
    expect(has([245, 159, 0])).toBe(true);
    expect(has([255, 107, 107])).toBe(true);
    expect(has([0, 128, 255])).toBe(false);
  });

  it("runs over numbered pages, an entry's heading never alone at the foot of one", async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      entry({ annotationId: `e${i}`, date: `2017-02-${String(10 + (i % 18)).padStart(2, "0")}T09:00:00-05:00`, messageId: i + 1, from: "A <a@x.gov>", to: ["B <b@x.gov>"], quote: `Passage number ${i + 1}: ${"words ".repeat(i % 7 * 12)}end.`, note: i % 3 ? "" : `Note ${i + 1}.` }),
    );
    const out = join(tempDir(), "long.pdf");
    writeFileSync(out, await chronologyPdf("Long case", many, {}, COLORS));
    expect(qpdfCheck(out).status).toBe(0);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [out], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThan(3);
    const numbers: number[] = [];
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync("pdftotext", ["-layout", "-f", String(p), "-l", String(p), out, "-"], { encoding: "utf8" });
      expect(text).toContain(`Page ${p} of ${pages}`);
      const lines = text.split("\n").filter((l) => l.trim() && !/^\s*Page \d+ of \d+\s*$/.test(l));
      // The last line of text on a page is never an entry's heading.
      expect(lines.at(-1), `page ${p}`).not.toMatch(/^\s*\d+\.\s+\w+\. \d+, 2017/);
      for (const m of text.matchAll(/^\s*(\d+)\.\s+\w+\.? \d+, 2017/gm)) numbers.push(Number(m[1]));
    }
    expect(numbers).toEqual(many.map((_, i) => i + 1));
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("is written by casemark export --format chronology-pdf", () => {
    const path = join(tempDir(), "s.casemark");
    expect(cli(["sample", path]).code).toBe(0);
    const out = join(tempDir(), "chronology.pdf");
    const run = cli(["export", path, "--format", "chronology-pdf", "--out", out, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toMatchObject({ format: "chronology-pdf" });
    const text = execFileSync("pdftotext", [out, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toMatch(/^Chronology: Sample case/);
    const entries = (run.json() as { entries: number }).entries;
    expect(entries).toBeGreaterThan(3);
    expect(text).toContain(`${entries}. `);
    expect(text.indexOf("Feb. 10, 2017")).toBeLessThan(text.indexOf("Feb. 11, 2017"));
  });
});
