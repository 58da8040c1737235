// A scanned release imported with OCR: each worker runs several OCR jobs side by side (each awaits
// Tesseract while the others use PDFium), and every page comes out OCR'd, its boxes on the page.
// (Mapping Tesseract's boxes through the handle a page was rendered from, closed by then, failed a
// third of the pages with "null function or function signature mismatch" or "table index is out of
// bounds".) The scan is the benchmark's: the generated release rendered as image-only pages.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { documentText } from "../../../main/store/documents";
import { listPages, pageBoxes } from "../../../main/store/pages";
import { scannedRelease } from "../../bench/scanned-release";
import { newCase, tempDir } from "../../support/temp";

const PAGES = 6;
let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 2 });
});
afterAll(() => host.close());

describe("OCR of a scanned release", () => {
  it("OCRs every page while several OCR jobs share each worker, with boxes on the page", async () => {
    const pdf = join(tempDir(), "scanned.pdf");
    writeFileSync(pdf, await scannedRelease(PAGES));
    const c = newCase();
    const [result] = await importPaths(c, [pdf], { host });
    expect(result!.status, JSON.stringify(result)).toBe("imported");
    expect(result!.warnings ?? []).toEqual([]);
    const pages = listPages(c, result!.documentId!);
    expect(pages.map((p) => p.ocr)).toEqual(Array.from({ length: PAGES }, () => true));
    const text = documentText(c, result!.documentId!);
    for (const p of pages) {
      expect(text.slice(p.start, p.end), `page ${p.pageIndex}`).toMatch(/[A-Za-z]{4,}/);
      const boxes = pageBoxes(c, result!.documentId!, p.pageIndex);
      for (let i = 0; i < boxes.length; i += 4) {
        if (boxes[i + 2]! <= boxes[i]!) continue; // a space or line break has no box
        expect(boxes[i]! / 2, `page ${p.pageIndex}`).toBeGreaterThanOrEqual(0);
        expect(boxes[i + 2]! / 2, `page ${p.pageIndex}`).toBeLessThanOrEqual(p.width);
        expect(boxes[i + 3]!, `page ${p.pageIndex}`).toBeGreaterThan(boxes[i + 1]!);
      }
    }
  }, 300_000);
});
