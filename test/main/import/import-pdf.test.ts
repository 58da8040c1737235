import { PDFDocument, StandardFonts } from "pdf-lib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { documentText } from "../../../main/store/documents";
import { listPages, pageBoxes } from "../../../main/store/pages";
import { searchCase } from "../../../main/store/search";
import { verifyCase } from "../../../main/store/verify";
import { CORPUS, corpusPath, SKIP_REASON } from "../../support/corpus";
import { newCase, tempDir } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 2 });
});
afterAll(() => host.close());

/** A two-page text PDF with words at known places (PDF user space, origin bottom left). */
async function twoPagePdf(): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const first = pdf.addPage([612, 792]);
  first.drawText("Due tonight for S1", { x: 72, y: 700, size: 12, font });
  first.drawText("three most egregious cases", { x: 72, y: 680, size: 12, font });
  const second = pdf.addPage([612, 792]);
  second.drawText("failed at this tasking", { x: 300, y: 100, size: 20, font });
  const path = join(tempDir(), "release.pdf");
  writeFileSync(path, await pdf.save());
  return path;
}

/** Union of the boxes of text[start, end) in PDF points. */
function unionBox(boxes: Int16Array, start: number, end: number) {
  let [l, b, r, t] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = start; i < end; i++) {
    const [bl, bb, br, bt] = [boxes[i * 4]! / 2, boxes[i * 4 + 1]! / 2, boxes[i * 4 + 2]! / 2, boxes[i * 4 + 3]! / 2];
    if (br - bl <= 0) continue;
    [l, b, r, t] = [Math.min(l, bl), Math.min(b, bb), Math.max(r, br), Math.max(t, bt)];
  }
  return { left: l, bottom: b, right: r, top: t };
}

describe("PDF import", () => {
  it("stores page texts as ranges of one canonical text, with a box for every character", async () => {
    const c = newCase();
    const [result] = await importPaths(c, [await twoPagePdf()], { host });
    expect(result).toMatchObject({ status: "imported" });
    const id = result!.documentId!;
    const text = documentText(c, id);
    expect(text).toBe("Due tonight for S1\nthree most egregious cases\n\nfailed at this tasking");
    const pages = listPages(c, id);
    expect(pages.map((p) => [p.pageIndex, text.slice(p.start, p.end), p.width, p.height, p.ocr])).toEqual([
      [0, "Due tonight for S1\nthree most egregious cases", 612, 792, false],
      [1, "failed at this tasking", 612, 792, false],
    ]);
    const boxes = pageBoxes(c, id, 0);
    expect(boxes.length).toBe((pages[0]!.end - pages[0]!.start) * 4);
    const pageText = text.slice(pages[0]!.start, pages[0]!.end);
    const at = pageText.indexOf("egregious");
    const box = unionBox(boxes, at, at + "egregious".length);
    // Helvetica 12 pt drawn at baseline y = 680 from x = 72; "three most " is about 61 pt wide.
    expect(box.left).toBeGreaterThan(72 + 55);
    expect(box.left).toBeLessThan(72 + 70);
    expect(box.bottom).toBeGreaterThan(674);
    expect(box.top).toBeLessThan(692);
    expect(box.right - box.left).toBeGreaterThan(40);
    const second = unionBox(pageBoxes(c, id, 1), 0, "failed".length);
    expect(second.left).toBeGreaterThan(299);
    expect(second.left).toBeLessThan(302);
    expect(searchCase(c, "tasking")).toEqual([expect.objectContaining({ documentId: id, page: 1 })]);
    expect(verifyCase(c).ok).toBe(true);
  });

  it("refuses an encrypted PDF and a damaged one with reasons, and keeps going", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.pdf"), "%PDF-1.7\n1 0 obj garbage\n");
    const c = newCase();
    const results = await importPaths(c, [dir, await twoPagePdf()], { host });
    expect(results.map((r) => r.status)).toEqual(["failed", "imported"]);
    expect(results[0]!.error).toMatch(/not a PDF, or it is too damaged/);
  });
});

describe.skipIf(!CORPUS)(`PDFs of the corpus${CORPUS ? "" : ` (${SKIP_REASON})`}`, () => {
  it("finds filled black redaction boxes, and not unfilled rectangles", async () => {
    const c = newCase();
    const [yes, unfilled] = await importPaths(c, [corpusPath("pdf-odd", "xray_rectangles_yes.pdf"), corpusPath("pdf-odd", "xray_unfilled_rect.pdf")], { host });
    expect(listPages(c, yes!.documentId!)[0]!.redactions.length).toBeGreaterThan(0);
    expect(listPages(c, unfilled!.documentId!)[0]!.redactions).toEqual([]);
  });

  it("OCRs the scanned Grimaldi emails into readable, boxed text", async () => {
    const c = newCase();
    const [result] = await importPaths(c, [corpusPath("foia-pdf", "dcbega_Grimaldi-emails.pdf")], { host });
    expect(result!.status).toBe("imported");
    const pages = listPages(c, result!.documentId!);
    expect(pages).toHaveLength(6);
    const weak = pages.filter((p) => !p.ocr || (p.ocrConfidence ?? 0) <= 60).map((p) => ({ page: p.pageIndex, ocr: p.ocr, confidence: p.ocrConfidence }));
    expect(weak, JSON.stringify(result!.warnings ?? [])).toEqual([]);
    const text = documentText(c, result!.documentId!);
    expect(text).toMatch(/From: Adams, Eugene \(OAH\)/);
    expect(text).toMatch(/Office of Administrative Hearings/);
    const first = pages[0]!;
    const boxes = pageBoxes(c, result!.documentId!, 0);
    const at = text.slice(first.start, first.end).indexOf("Adams");
    const box = unionBox(boxes, at, at + 5);
    expect(box.left).toBeGreaterThan(0);
    expect(box.right).toBeLessThan(first.width);
    expect(box.top).toBeGreaterThan(box.bottom);
  });
});
