// The chronology document and the one-PDF-per-document export, from the command line on the sample case.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chronologyMarkdown } from "../../../main/export/chronology-doc";
import type { ChronologyEntry } from "../../../shared/model";
import { cli } from "../../support/cli";
import { tempDir } from "../../support/temp";

const entry = (over: Partial<ChronologyEntry>): ChronologyEntry => ({
  annotationId: "a", date: null, dateSource: null, from: null, to: [], cc: [], subject: null, quote: "q", note: "", tags: ["order"], links: [],
  documentId: 1, documentTitle: "Doc", sha256: "0".repeat(64), messageId: null, threadId: null, threadSubject: null, start: 0, end: 1, ...over,
});

describe("the chronology document", () => {
  it("numbers the passages in order, quotes them, shows links between entries and cites each", () => {
    const text = chronologyMarkdown("ICE *release*", [
      entry({ annotationId: "o", date: "2017-02-10T16:12:00-05:00", from: "HQ <hq@x.gov>", to: ["FODs <f@x.gov>"], messageId: 1, quote: "It is due tonight.", links: [{ relation: "reports failure of", direction: "incoming", annotationId: "f" }] }),
      entry({ annotationId: "f", date: "2017-02-11T08:05:00-06:00", tags: ["failure report"], quote: "failed at this\ntasking", note: "The admission.", messageId: 3, from: "FOD <fod@x.gov>", to: [], links: [{ relation: "reports failure of", direction: "outgoing", annotationId: "o" }] }),
      entry({ annotationId: "u", quote: "undated", stamp: "2017-ICLI-00026 000123" }),
    ]);
    expect(text).toContain("# Chronology: ICE \\*release\\*");
    expect(text).toMatch(/## 1\. Feb\. 10, 2017, 4:12 PM — order[\s\S]*> It is due tonight\.[\s\S]*- entry 2 reports failure of this[\s\S]*\*Email from HQ to FODs \(Feb\. 10, 2017, 4:12 PM\)\*/);
    expect(text).toMatch(/## 2\. Feb\. 11, 2017, 8:05 AM — failure report\n\n> failed at this\n> tasking\n\nNote: The admission\.\n\n- reports failure of entry 1/);
    expect(text).toMatch(/## 3\. Undated — order[\s\S]*\*Doc, at 2017-ICLI-00026 000123\*/);
  });

  it("is written by casemark export --format chronology, and --format pdf without --doc writes one PDF per document", () => {
    const path = join(tempDir(), "s.casemark");
    expect(cli(["sample", path]).code).toBe(0);
    const out = join(tempDir(), "chronology.md");
    const run = cli(["export", path, "--format", "chronology", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/^# Chronology: Sample case/);
    expect(text.indexOf("Feb. 10, 2017")).toBeLessThan(text.indexOf("Feb. 11, 2017"));
    const folder = join(tempDir(), "pdfs");
    const pdfs = cli(["export", path, "--format", "pdf", "--out", folder, "--json"]);
    expect(pdfs.code, pdfs.stderr).toBe(0);
    const files = readdirSync(folder);
    expect(files.length).toBe((pdfs.json() as { files: string[] }).files.length);
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(execFileSync("qpdf", ["--check", join(folder, f)], { encoding: "utf8" })).toContain("No syntax or stream encoding errors");
  });
});
