// The annotated PDF, checked with independent tools: qpdf finds no error, the original is an exact
// prefix, qpdf's JSON lists one /Highlight per highlight and page in its tag's colour, pdftotext still
// reads the words, and poppler's rendering tints exactly the highlighted words.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationView } from "../../../shared/model";
import { exportAnnotatedPdf } from "../../../main/export/annotated-pdf";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import type { Case } from "../../../main/store/case-file";
import { documentText, listDocuments } from "../../../main/store/documents";
import { listPages } from "../../../main/store/pages";
import { write } from "../../../main/store/write";
import { CORPUS_ROOT, meanColor, render } from "./pdf-tools";
import { generateRelease } from "../../support/generate-release";
import { newCase, tempDir } from "../../support/temp";

const QPDF = spawnSync("qpdf", ["--version"]).status === 0;
const POPPLER = spawnSync("pdftoppm", ["-v"]).status === 0;

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

interface QpdfAnnot {
  subtype: string;
  color: number[];
  nm: string;
  quads: number[];
}

/** Every /Highlight annotation qpdf finds in the file, direct or indirect (qpdf JSON v2). */
function highlightsIn(path: string): QpdfAnnot[] {
  const json = JSON.parse(execFileSync("qpdf", ["--json", "--json-key=qpdf", path], { encoding: "utf8", maxBuffer: 1 << 28 })) as { qpdf: [unknown, Record<string, unknown>] };
  const found: QpdfAnnot[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== "object" || value === null) return;
    const dict = value as Record<string, unknown>;
    if (dict["/Subtype"] === "/Highlight") {
      found.push({ subtype: "Highlight", color: dict["/C"] as number[], nm: String(dict["/NM"]).replace(/^u:/, ""), quads: dict["/QuadPoints"] as number[] });
    }
    Object.values(dict).forEach(walk);
  };
  walk(json.qpdf[1]);
  return found;
}

function qpdfCheck(path: string): { status: number | null; out: string } {
  const run = spawnSync("qpdf", ["--check", path], { encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Mean RGB of a rectangle of a page rendered at 72 dpi (rect in PDF points, left bottom right top), a pixel in from its edges. */
function meanIn(png: PNG, rect: number[], pageHeight: number): [number, number, number] {
  const [l, b, r, t] = rect as [number, number, number, number];
  return meanColor(png, [l + 1, pageHeight - t + 1, r - 1, pageHeight - b - 1]);
}

async function importPdf(c: Case, bytes: Uint8Array | string): Promise<number> {
  const file = join(tempDir(), "release.pdf");
  if (typeof bytes === "string") copyFileSync(bytes, file);
  else writeFileSync(file, bytes);
  const [result] = await importPaths(c, [file], { host });
  expect(result?.status, result?.error).toBe("imported");
  return listDocuments(c).find((d) => d.kind === "pdf")!.id;
}

describe.skipIf(!QPDF || !POPPLER)("annotated PDF export", () => {
  it("writes real highlights as an incremental update that every independent tool reads", async () => {
    const c = newCase();
    const { bytes } = await generateRelease(5);
    const doc = await importPdf(c, bytes);
    const text = documentText(c, doc);
    const pages = listPages(c, doc);
    // One highlight inside page 2, one across the break from page 2 to page 3.
    const inside = text.indexOf("RE: ICE FOIA Case Number");
    const across = { start: pages[1]!.end - 30, end: pages[2]!.start + 25 };
    const created: AnnotationView[] = write(c, () => [
      createAnnotation(c, { documentId: doc, start: inside, end: inside + "RE: ICE FOIA Case Number".length, tags: ["order"], note: "The request number." }),
      createAnnotation(c, { documentId: doc, ...across, tags: ["failure report"] }),
    ]);
    const out = join(tempDir(), "annotated.pdf");
    const done = await exportAnnotatedPdf(c, host, doc, out);
    expect(done).toMatchObject({ highlights: 2, annotations: 3 });

    const exported = readFileSync(out);
    expect(exported.subarray(0, bytes.byteLength).equals(Buffer.from(bytes))).toBe(true);
    const check = qpdfCheck(out);
    expect(check.out).not.toMatch(/WARNING/);
    expect(check.status).toBe(0);

    const found = highlightsIn(out);
    expect(found).toHaveLength(3);
    const colourOf = (id: string) => found.filter((f) => f.nm.includes(id)).map((f) => f.color.map((v) => Math.round(v * 255)));
    expect(colourOf(created[0]!.id)).toEqual([[245, 159, 0]]);
    expect(colourOf(created[1]!.id)).toEqual([[255, 107, 107], [255, 107, 107]]);

    // The text is still there, and the highlight tints its words (and only them) on the rendered page.
    expect(execFileSync("pdftotext", [out, "-"], { encoding: "utf8" })).toContain("RE: ICE FOIA Case Number");
    const onFirst = found.find((f) => f.nm.includes(created[0]!.id))!;
    const [x1, y1, x2, , , y3] = onFirst.quads as number[];
    const rect = [x1!, y3!, x2!, y1!];
    const page = Number(/:(\d+)$/.exec(onFirst.nm)![1]) - 1;
    const before = meanIn(render(writeOriginal(bytes), page), rect, 792);
    const after = meanIn(render(out, page), rect, 792);
    // Order is amber (245, 159, 0): red stays, blue drops well below the paper's white.
    expect(after[2]).toBeLessThan(before[2] - 40);
    expect(after[0]).toBeGreaterThan(before[0] - 40);
    const outside = meanIn(render(out, page), [rect[0]!, rect[1]! - 40, rect[2]!, rect[1]! - 25], 792);
    expect(outside[2]).toBeGreaterThan(200);
  });

  it("keeps a file with cross-reference streams whole (PDFium leaves the update's xref stream unfinished; it is repaired)", async () => {
    const c = newCase();
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([612, 792]).drawText("Due Tonight for S1 - URGENT", { x: 72, y: 700, size: 14, font });
    const bytes = await pdf.save({ useObjectStreams: true });
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/Type\s*\/XRef/);
    const doc = await importPdf(c, bytes);
    const at = documentText(c, doc).indexOf("Tonight");
    write(c, () => createAnnotation(c, { documentId: doc, start: at, end: at + 7, tags: ["order"] }));
    const out = join(tempDir(), "annotated.pdf");
    await exportAnnotatedPdf(c, host, doc, out);
    const check = qpdfCheck(out);
    expect(check.out).not.toMatch(/WARNING/);
    expect(check.status).toBe(0);
    expect(highlightsIn(out)).toHaveLength(1);
    expect(readFileSync(out).subarray(0, bytes.byteLength).equals(Buffer.from(bytes))).toBe(true);
  });

  it("prints an email as a clean PDF carrying its highlights, with a visible stand-in for characters the font lacks", async () => {
    const c = newCase();
    await buildSampleCase(c, host);
    const mine = listAnnotations(c, { documentId: 1 });
    expect(mine.length).toBeGreaterThan(0);
    const out = join(tempDir(), "email.pdf");
    const done = await exportAnnotatedPdf(c, host, 1, out);
    expect(done.highlights).toBe(mine.length);
    const check = qpdfCheck(out);
    expect(check.out).not.toMatch(/WARNING/);
    expect(check.status).toBe(0);
    const printed = execFileSync("pdftotext", ["-layout", out, "-"], { encoding: "utf8" });
    expect(printed).toContain("Subject: Due Tonight for S1 – URGENT");
    expect(printed).toMatch(/Page 1 of \d/);
    const found = highlightsIn(out);
    expect(found.length).toBeGreaterThanOrEqual(mine.length);
    // The highlight's first rectangle sits over its quote's first word, as poppler reads the page.
    const first = found.find((f) => f.nm.includes(mine[0]!.id))!;
    const [x1, y1, x2, , , y3] = first.quads as number[];
    const words = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", out, "-"], { encoding: "utf8" });
    const firstWord = mine[0]!.quote.split(/\s+/)[0]!;
    const box = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${firstWord.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</word>`).exec(words)!;
    const [wx1, wy1] = [Number(box[1]), 792 - Number(box[4])];
    expect(Math.abs(wx1 - x1!)).toBeLessThan(2);
    expect(wy1).toBeGreaterThanOrEqual(y3! - 2);
    expect(Number(box[3])).toBeLessThanOrEqual(x2! + 200);
    expect(y1).toBeGreaterThan(wy1);

    const file = join(tempDir(), "cjk.txt");
    writeFileSync(file, "Memo 東京 office: failed at this tasking.");
    await importPaths(c, [file], { host });
    const memo = listDocuments(c).find((d) => d.fileName === "cjk.txt")!;
    const at = documentText(c, memo.id).indexOf("failed");
    write(c, () => createAnnotation(c, { documentId: memo.id, start: at, end: at + 6, tags: ["failure report"] }));
    const memoOut = join(tempDir(), "memo.pdf");
    await exportAnnotatedPdf(c, host, memo.id, memoOut);
    expect(execFileSync("pdftotext", [memoOut, "-"], { encoding: "utf8" })).toContain("Memo □□ office: failed at this tasking.");
    expect(highlightsIn(memoOut)).toHaveLength(1);
  });

  it.skipIf(!CORPUS_ROOT)("annotates released PDFs made by other tools (xref streams, scans), or says why not", async () => {
    const corpusPath = (...parts: string[]) => join(CORPUS_ROOT!, ...parts);
    for (const name of ["dcbega_Re__BEGA_Redacted.pdf", "dcbega_2018-2-22_Letter_to_NFPHC_re_OMA.PDF"]) {
      const c = newCase();
      const doc = await importPdf(c, corpusPath("foia-pdf", name));
      const text = documentText(c, doc);
      const word = /[A-Za-z]{6,}/.exec(text)!;
      write(c, () => createAnnotation(c, { documentId: doc, start: word.index, end: word.index + word[0].length, tags: ["response"] }));
      const out = join(tempDir(), "annotated.pdf");
      await exportAnnotatedPdf(c, host, doc, out);
      expect(readFileSync(out).subarray(0, readFileSync(corpusPath("foia-pdf", name)).byteLength).equals(readFileSync(corpusPath("foia-pdf", name))), name).toBe(true);
      const check = qpdfCheck(out);
      expect(check.out, name).not.toMatch(/WARNING/);
      expect(highlightsIn(out), name).toHaveLength(1);
    }
  });
});

function writeOriginal(bytes: Uint8Array): string {
  const path = join(tempDir(), "original.pdf");
  writeFileSync(path, bytes);
  return path;
}
