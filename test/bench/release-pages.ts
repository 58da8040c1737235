// The generated printed-email release cut to an exact number of pages, for benchmarks whose size is
// stated in pages (the annotated export of 1,000 pages; the scanned release).
import { PDFDocument } from "pdf-lib";
import { generateRelease } from "../support/generate-release";

/** Printed emails that fill at least `pages` pages of the generated release (about 1.6 pages each). */
export const printsFor = (pages: number) => Math.ceil(pages / 1.4) + 2;

/** The first `pages` pages of the generated release (seed 26, the PDF import benchmark's), with their text layer. */
export async function textRelease(pages: number): Promise<Uint8Array> {
  const { bytes, truth } = await generateRelease(printsFor(pages));
  if (truth.stamps.length < pages) throw new Error(`the generated release has ${truth.stamps.length} pages, fewer than ${pages}`);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  while (doc.getPageCount() > pages) doc.removePage(doc.getPageCount() - 1);
  return doc.save({ useObjectStreams: false });
}
