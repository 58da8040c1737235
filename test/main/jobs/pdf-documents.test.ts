// A jobs worker runs several jobs at once: a document one job is still using must stay open while
// other documents come and go (closing it under an OCR job used to make PDFium trap).
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdfPages, openPdfCount, withPdf } from "../../../main/jobs/pdf/extract-pdf";
import { withPage } from "../../../main/jobs/pdf/pdfium";
import { readPageText } from "../../../main/jobs/pdf/page-text";

async function pdfSaying(words: string, pages = 1) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([300, 200]).drawText(`${words} ${i + 1}`, { x: 20, y: 150, size: 14, font });
  return { bytes: await doc.save(), sha256: `test-${words}` };
}

describe("open documents in a jobs worker", () => {
  it("keeps a document open for a job that waits, while other jobs open and close others", async () => {
    const waiting = await pdfSaying("Due Tonight", 2);
    const others = await Promise.all(["alpha", "bravo", "charlie", "delta"].map((w) => pdfSaying(w)));
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job = withPdf(waiting, async (m, doc) => {
      await gate;
      // The others have been opened and closed meanwhile; this document must still be readable.
      return withPage(m, doc, 1, (page) => readPageText(m, page).text);
    });
    for (const other of others) expect((await extractPdfPages({ ...other, from: 0, to: 1 }))[0]!.text).toContain(other.sha256.slice(5));
    // The waiting one plus at most two idle ones stay open.
    expect(openPdfCount()).toBeLessThanOrEqual(3);
    release();
    expect(await job).toContain("Due Tonight 2");
    expect(openPdfCount()).toBeLessThanOrEqual(2);
  });
});
