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
  /** Redaction boxes drawn on the page (filled black rectangles): left, bottom, right, top in half-points. */
  redactions: number[][];
}

/** FPDF_PAGEOBJ_IMAGE and FPDF_PAGEOBJ_FORM (scanners often wrap the page image in a form). */
const PICTURE_TYPES = new Set([3, 5]);
const PATH_TYPE = 2;
/** A redaction box: a filled, nearly black path at least this wide and tall (points). */
const REDACTION_MIN = { width: 6, height: 4 };
/** Channels at or below this count as black (0–255); scanners and printers rarely give pure 0. */
const DARK = 48;

/** Image coverage of the page and its redaction boxes (filled black rectangles) in half-points. */
function scanObjects(m: Pdfium, page: number, width: number, height: number): { imageCoverage: number; redactions: number[][] } {
  const count = m.FPDFPage_CountObjects(page);
  const scratch = m.pdfium.wasmExports.malloc(32);
  let area = 0;
  const redactions: number[][] = [];
  try {
    for (let i = 0; i < count; i++) {
      const object = m.FPDFPage_GetObject(page, i);
      const type = m.FPDFPageObj_GetType(object);
      if (!PICTURE_TYPES.has(type) && type !== PATH_TYPE) continue;
      if (!m.FPDFPageObj_GetBounds(object, scratch, scratch + 4, scratch + 8, scratch + 12)) continue;
      const f = heap(m).f32;
      const [left, bottom, right, top] = [f[scratch / 4]!, f[scratch / 4 + 1]!, f[scratch / 4 + 2]!, f[scratch / 4 + 3]!];
      const clipped = Math.max(0, Math.min(right, width) - Math.max(left, 0)) * Math.max(0, Math.min(top, height) - Math.max(bottom, 0));
      if (PICTURE_TYPES.has(type)) {
        area += clipped;
        continue;
      }
      if (right - left < REDACTION_MIN.width || top - bottom < REDACTION_MIN.height || clipped > 0.5 * width * height) continue;
      if (!m.FPDFPath_GetDrawMode(object, scratch + 16, scratch + 20) || heap(m).u32[(scratch + 16) / 4] === 0) continue;
      if (!m.FPDFPageObj_GetFillColor(object, scratch, scratch + 4, scratch + 8, scratch + 12)) continue;
      const [r, g, b, a] = heap(m).u32.subarray(scratch / 4, scratch / 4 + 4);
      if (r! <= DARK && g! <= DARK && b! <= DARK && a! >= 200) redactions.push([left, bottom, right, top].map((v) => Math.round(v * BOX_SCALE)));
    }
  } finally {
    m.pdfium.wasmExports.free(scratch);
  }
  return { imageCoverage: width > 0 && height > 0 ? Math.min(1, area / (width * height)) : 0, redactions };
}

const clamp = (v: number) => Math.max(-32768, Math.min(32767, Math.round(v * BOX_SCALE)));

export function readPageText(m: Pdfium, page: number): PageText {
  const width = m.FPDF_GetPageWidthF(page);
  const height = m.FPDF_GetPageHeightF(page);
  const textPage = m.FPDFText_LoadPage(page);
  const { imageCoverage, redactions } = scanObjects(m, page, width, height);
  if (!textPage) return { width, height, text: "", boxes: new Int16Array(0), charCount: 0, imageCoverage, redactions };
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
    return { width, height, text, boxes, charCount: count, imageCoverage, redactions };
  } finally {
    m.pdfium.wasmExports.free(box);
    m.FPDFText_ClosePage(textPage);
  }
}
