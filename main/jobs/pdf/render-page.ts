// Renders a PDF page to a grayscale PNG for OCR, and maps device pixels back to PDF user space.
import { PNG } from "pngjs";
import { heap, type Pdfium } from "./pdfium";

/** FPDF_ANNOT: draw annotations too, so redaction marks drawn as annotations show in the scan. */
const RENDER_FLAGS = 0x01;

export interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
  /**
   * PDF user-space point of a device pixel, mapped by `page`: the handle of the same page loaded now
   * (the one it was rendered from may have been closed since, and PDFium must never see a closed one).
   */
  toPage(page: number, x: number, y: number): [number, number];
}

export function renderPageGray(m: Pdfium, page: number, dpi: number): RenderedPage {
  const width = Math.max(1, Math.round((m.FPDF_GetPageWidthF(page) * dpi) / 72));
  const height = Math.max(1, Math.round((m.FPDF_GetPageHeightF(page) * dpi) / 72));
  const bitmap = m.FPDFBitmap_Create(width, height, 0);
  if (!bitmap) throw new Error(`page is too large to render at ${dpi} dpi (${width}×${height} px)`);
  let gray: Buffer;
  try {
    m.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
    m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, RENDER_FLAGS);
    const ptr = m.FPDFBitmap_GetBuffer(bitmap);
    const stride = m.FPDFBitmap_GetStride(bitmap);
    const src = heap(m).u8;
    gray = Buffer.allocUnsafe(width * height);
    // BGRx to luma (ITU-R BT.601 weights in 1/256ths).
    for (let y = 0; y < height; y++) {
      let o = ptr + y * stride;
      const row = y * width;
      for (let x = 0; x < width; x++, o += 4) gray[row + x] = (src[o]! * 29 + src[o + 1]! * 150 + src[o + 2]! * 77) >> 8;
    }
  } finally {
    m.FPDFBitmap_Destroy(bitmap);
  }
  const png = PNG.sync.write({ width, height, data: gray } as PNG, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
  const toPage = (loaded: number, x: number, y: number): [number, number] => {
    const out = m.pdfium.wasmExports.malloc(16);
    try {
      m.FPDF_DeviceToPage(loaded, 0, 0, width, height, 0, Math.round(x), Math.round(y), out, out + 8);
      const f = heap(m).f64;
      return [f[out / 8]!, f[out / 8 + 1]!];
    } finally {
      m.pdfium.wasmExports.free(out);
    }
  };
  return { png, width, height, toPage };
}
