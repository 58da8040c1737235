// One PDF page's text with every character's box, read with PDFium and made canonical; the boxes
// follow the canonical text unit by unit, so any text range maps back to quads in PDF user space.
import { canonicalTextMapped } from "../../../shared/anchoring/normalize";
import { heap, type Pdfium } from "./pdfium";

/** Boxes are kept as whole half-points (Int16): ±16,383 pt covers any real page, half a point is finer than a glyph. */
export const BOX_SCALE = 2;

export interface PageText {
  width: number;
  height: number;
  /** Canonical text of the page. */
  text: string;
  /** Four numbers per UTF-16 unit of `text`: left, bottom, right, top, in half-points of PDF user space. */
  boxes: Int16Array;
  /** Characters PDFium found, before any were dropped as white space. */
  charCount: number;
  /** Share of the page covered by images (0–1): a scan is an image with at most a stamp as text. */
  imageCoverage: number;
}

/** FPDF_PAGEOBJ_IMAGE and FPDF_PAGEOBJ_FORM (scanners often wrap the page image in a form). */
const PICTURE_TYPES = new Set([3, 5]);

function imageCoverage(m: Pdfium, page: number, width: number, height: number): number {
  const count = m.FPDFPage_CountObjects(page);
  const bounds = m.pdfium.wasmExports.malloc(16);
  let area = 0;
  try {
    for (let i = 0; i < count; i++) {
      const object = m.FPDFPage_GetObject(page, i);
      if (!PICTURE_TYPES.has(m.FPDFPageObj_GetType(object))) continue;
      if (!m.FPDFPageObj_GetBounds(object, bounds, bounds + 4, bounds + 8, bounds + 12)) continue;
      const f = heap(m).f32;
      const [left, bottom, right, top] = [f[bounds / 4]!, f[bounds / 4 + 1]!, f[bounds / 4 + 2]!, f[bounds / 4 + 3]!];
      area += Math.max(0, Math.min(right, width) - Math.max(left, 0)) * Math.max(0, Math.min(top, height) - Math.max(bottom, 0));
    }
  } finally {
    m.pdfium.wasmExports.free(bounds);
  }
  return width > 0 && height > 0 ? Math.min(1, area / (width * height)) : 0;
}

const clamp = (v: number) => Math.max(-32768, Math.min(32767, Math.round(v * BOX_SCALE)));

export function readPageText(m: Pdfium, page: number): PageText {
  const width = m.FPDF_GetPageWidthF(page);
  const height = m.FPDF_GetPageHeightF(page);
  const textPage = m.FPDFText_LoadPage(page);
  const coverage = imageCoverage(m, page, width, height);
  if (!textPage) return { width, height, text: "", boxes: new Int16Array(0), charCount: 0, imageCoverage: coverage };
  const box = m.pdfium.wasmExports.malloc(32);
  try {
    const count = m.FPDFText_CountChars(textPage);
    // The two calls made per character go straight to the wasm exports: cwrap's argument
    // conversion costs more than the calls themselves (measured: 0.7 of 1.0 s on 319 pages).
    const raw32 = m.pdfium as unknown as {
      _FPDFText_GetUnicode: (page: number, index: number) => number;
      _FPDFText_GetCharBox: (page: number, index: number, left: number, right: number, bottom: number, top: number) => number;
    };
    const units: string[] = [];
    const raw: number[] = [];
    for (let i = 0; i < count; i++) {
      const code = raw32._FPDFText_GetUnicode(textPage, i);
      // PDFium reports the hyphen of a word broken across lines as U+FFFE; on the page it is a hyphen.
      const ch = code === 0xfffe ? "-" : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      let left = 0, right = 0, bottom = 0, top = 0;
      if (ch && raw32._FPDFText_GetCharBox(textPage, i, box, box + 8, box + 16, box + 24)) {
        const f = heap(m).f64;
        [left, right, bottom, top] = [f[box / 8]!, f[box / 8 + 1]!, f[box / 8 + 2]!, f[box / 8 + 3]!];
      }
      for (let k = 0; k < ch.length; k++) {
        units.push(ch[k]!);
        raw.push(left, bottom, right, top);
      }
    }
    const { text, map } = canonicalTextMapped(units.join(""));
    const boxes = new Int16Array(text.length * 4);
    for (let i = 0; i < text.length; i++) for (let k = 0; k < 4; k++) boxes[i * 4 + k] = clamp(raw[map[i]! * 4 + k]!);
    return { width, height, text, boxes, charCount: count, imageCoverage: coverage };
  } finally {
    m.pdfium.wasmExports.free(box);
    m.FPDFText_ClosePage(textPage);
  }
}
