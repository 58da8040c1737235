// Writes highlights into a PDF as real /Highlight annotations — QuadPoints, colour, /Contents, /T
// author, /M date, a stable /NM, and an appearance stream so every viewer draws them — saved as an
// incremental update: the original bytes are an exact prefix of the result.
import { PdfError, heap, loadPdfium, openDocument, withPage, type Pdfium } from "./pdfium";
import { repairIncrementalXref } from "./incremental-xref";

/** One highlight's part on one page: rectangles [left, bottom, right, top] in PDF points. */
export interface HighlightOnPage {
  page: number;
  rects: [number, number, number, number][];
}

export interface HighlightSpec {
  /** The annotation id; every page's part of one highlight carries it in /NM (with the page). */
  id: string;
  color: [number, number, number];
  contents: string;
  author: string;
  /** PDF date, e.g. D:20170210161200Z. */
  modified: string;
  parts: HighlightOnPage[];
}

export interface AnnotateInput {
  bytes: Uint8Array;
  highlights: HighlightSpec[];
}

const FPDF_ANNOT_HIGHLIGHT = 9;
const FPDFANNOT_COLORTYPE_COLOR = 0;
const FPDF_ANNOT_APPEARANCEMODE_NORMAL = 0;
const FPDF_ANNOT_FLAG_PRINT = 4;
const FPDF_INCREMENTAL = 1;
/** Highlight fill opacity: the words under it stay readable in viewers that draw the stream as is. */
const ALPHA = 0.35;

/** A NUL-terminated UTF-16LE copy of s in PDFium's memory; free it after use. */
function wide(m: Pdfium, s: string): number {
  const ptr = m.pdfium.wasmExports.malloc((s.length + 1) * 2);
  const view = new DataView(heap(m).u8.buffer, ptr, (s.length + 1) * 2);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), true);
  view.setUint16(s.length * 2, 0, true);
  return ptr;
}

function setString(m: Pdfium, annot: number, key: string, value: string): void {
  const ptr = wide(m, value);
  try {
    if (!m.FPDFAnnot_SetStringValue(annot, key, ptr)) throw new PdfError(`could not set /${key} on a highlight`);
  } finally {
    m.pdfium.wasmExports.free(ptr);
  }
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

function addHighlight(m: Pdfium, page: number, h: HighlightSpec, part: HighlightOnPage): void {
  const annot = m.FPDFPage_CreateAnnot(page, FPDF_ANNOT_HIGHLIGHT);
  if (!annot) throw new PdfError(`could not add a highlight on page ${part.page + 1}`);
  const scratch = m.pdfium.wasmExports.malloc(32);
  try {
    const [r, g, b] = h.color;
    m.FPDFAnnot_SetColor(annot, FPDFANNOT_COLORTYPE_COLOR, r, g, b, Math.round(ALPHA * 255));
    for (const [left, bottom, right, top] of part.rects) {
      // FS_QUADPOINTSF: upper left, upper right, lower left, lower right — the order viewers expect.
      heap(m).f32.set([left, top, right, top, left, bottom, right, bottom], scratch / 4);
      if (!m.FPDFAnnot_AppendAttachmentPoints(annot, scratch)) throw new PdfError("could not set a highlight's QuadPoints");
    }
    const box = part.rects.reduce((u, [l, bt, rt, t]) => [Math.min(u[0], l), Math.min(u[1], bt), Math.max(u[2], rt), Math.max(u[3], t)], [Infinity, Infinity, -Infinity, -Infinity]);
    // FS_RECTF: left, top, right, bottom.
    heap(m).f32.set([box[0], box[3], box[2], box[1]], scratch / 4);
    m.FPDFAnnot_SetRect(annot, scratch);
    m.FPDFAnnot_SetFlags(annot, FPDF_ANNOT_FLAG_PRINT);
    setString(m, annot, "Contents", h.contents);
    setString(m, annot, "T", h.author);
    setString(m, annot, "M", h.modified);
    setString(m, annot, "NM", `casemark:${h.id}:${part.page + 1}`);
    // The appearance: each rectangle filled in the colour, through the /GS state PDFium adds for /CA.
    const fill = `${fmt(r / 255)} ${fmt(g / 255)} ${fmt(b / 255)} rg`;
    const ops = part.rects.map(([l, bt, rt, t]) => `${fmt(l)} ${fmt(bt)} ${fmt(rt - l)} ${fmt(t - bt)} re f`).join(" ");
    const ap = wide(m, `/GS gs ${fill} ${ops}`);
    try {
      if (!m.FPDFAnnot_SetAP(annot, FPDF_ANNOT_APPEARANCEMODE_NORMAL, ap)) throw new PdfError("could not write a highlight's appearance");
    } finally {
      m.pdfium.wasmExports.free(ap);
    }
  } finally {
    m.pdfium.wasmExports.free(scratch);
    m.FPDFPage_CloseAnnot(annot);
  }
}

function saveIncremental(m: Pdfium, doc: number): Uint8Array {
  const writer = m.PDFiumExt_OpenFileWriter();
  try {
    if (!m.FPDF_SaveAsCopy(doc, writer, FPDF_INCREMENTAL)) throw new PdfError("PDFium could not save the annotated copy");
    const size = m.PDFiumExt_GetFileWriterSize(writer);
    const ptr = m.pdfium.wasmExports.malloc(size);
    try {
      m.PDFiumExt_GetFileWriterData(writer, ptr, size);
      return heap(m).u8.slice(ptr, ptr + size);
    } finally {
      m.pdfium.wasmExports.free(ptr);
    }
  } finally {
    m.PDFiumExt_CloseFileWriter(writer);
  }
}

export async function annotatePdf(input: AnnotateInput): Promise<{ bytes: Uint8Array }> {
  const m = await loadPdfium();
  const original = input.bytes;
  // The update must start on a line of its own; a newline after an original that lacks one keeps it a prefix.
  const last = original[original.length - 1];
  const bytes = last === 0x0a || last === 0x0d ? original : Buffer.concat([original, Buffer.from("\n")]);
  const doc = openDocument(m, bytes);
  try {
    const byPage = new Map<number, { h: HighlightSpec; part: HighlightOnPage }[]>();
    for (const h of input.highlights) for (const part of h.parts) if (part.rects.length) byPage.set(part.page, [...(byPage.get(part.page) ?? []), { h, part }]);
    for (const [index, parts] of [...byPage].sort((a, b) => a[0] - b[0])) {
      if (index < 0 || index >= doc.pageCount) throw new PdfError(`page ${index + 1} is not in this PDF (${doc.pageCount} pages)`);
      withPage(m, doc, index, (page) => parts.forEach(({ h, part }) => addHighlight(m, page, h, part)));
    }
    const saved = saveIncremental(m, doc.handle);
    return { bytes: repairIncrementalXref(saved, bytes.length) };
  } finally {
    doc.close();
  }
}
