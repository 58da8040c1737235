// A deterministic scanned release for the OCR benchmark: the generated printed-email release's pages
// rendered by PDFium at 200 dpi, thresholded to black and white with a few specks of scanner dust, and
// written as image-only pages (one 1-bit Flate image each, no text layer), as FOIA offices scan them.
import { deflateSync } from "node:zlib";
import { concatTransformationMatrix, drawObject, PDFDocument, PDFName, popGraphicsState, pushGraphicsState } from "pdf-lib";
import { heap, loadPdfium, openDocument, withPage, type Pdfium } from "../../main/jobs/pdf/pdfium";
import { random } from "../support/generate-mbox";
import { generateRelease } from "../support/generate-release";
import { printsFor } from "./release-pages";

/** Scanners of released records commonly run at 200 dpi, black and white. */
const SCAN_DPI = 200;
/** Share of pixels flipped to black as dust (seeded, so every run is the same). */
const DUST = 0.0004;

interface Bilevel {
  width: number;
  height: number;
  /** Rows of 1-bit pixels, most significant bit first, 1 = white (DeviceGray). */
  bits: Uint8Array;
}

function renderBilevel(m: Pdfium, page: number, rnd: () => number): Bilevel {
  const width = Math.round((m.FPDF_GetPageWidthF(page) * SCAN_DPI) / 72);
  const height = Math.round((m.FPDF_GetPageHeightF(page) * SCAN_DPI) / 72);
  const bitmap = m.FPDFBitmap_Create(width, height, 0);
  if (!bitmap) throw new Error(`cannot render a ${width}×${height} scan`);
  const rowBytes = Math.ceil(width / 8);
  const bits = new Uint8Array(rowBytes * height).fill(0xff);
  try {
    m.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
    m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, 0);
    const ptr = m.FPDFBitmap_GetBuffer(bitmap);
    const stride = m.FPDFBitmap_GetStride(bitmap);
    const src = heap(m).u8;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const o = ptr + y * stride + x * 4;
        const luma = (src[o]! * 29 + src[o + 1]! * 150 + src[o + 2]! * 77) >> 8;
        if (luma < 140 || rnd() < DUST) bits[y * rowBytes + (x >> 3)]! &= ~(0x80 >> (x & 7));
      }
    }
  } finally {
    m.FPDFBitmap_Destroy(bitmap);
  }
  return { width, height, bits };
}

/**
 * The first `pages` pages of the generated release (seed 26, the PDF benchmark's), scanned. The same
 * `pages` always gives the same bytes, and a smaller scan is the first pages of a larger one.
 */
export async function scannedRelease(pages: number): Promise<Uint8Array> {
  const { bytes } = await generateRelease(printsFor(pages));
  const m = await loadPdfium();
  const source = openDocument(m, bytes);
  const rnd = random(200);
  try {
    if (source.pageCount < pages) throw new Error(`the generated release has ${source.pageCount} pages, fewer than ${pages}`);
    const out = await PDFDocument.create({ updateMetadata: false });
    for (let i = 0; i < pages; i++) {
      const [w, h, scan] = withPage(m, source, i, (page) => [m.FPDF_GetPageWidthF(page), m.FPDF_GetPageHeightF(page), renderBilevel(m, page, rnd)] as const);
      const image = out.context.stream(deflateSync(scan.bits), {
        Type: "XObject",
        Subtype: "Image",
        Width: scan.width,
        Height: scan.height,
        ColorSpace: "DeviceGray",
        BitsPerComponent: 1,
        Filter: "FlateDecode",
      });
      const page = out.addPage([w, h]);
      page.node.setXObject(PDFName.of("Scan"), out.context.register(image));
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, 0, 0), drawObject("Scan"), popGraphicsState());
    }
    return await out.save({ useObjectStreams: false });
  } finally {
    source.close();
  }
}
