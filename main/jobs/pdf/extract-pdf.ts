// Jobs over one PDF: its page count, and the text and character boxes of a range of its pages.
// Several workers read different ranges of the same file. A worker runs several jobs at once (an OCR job
// awaits Tesseract), so open documents are counted by their users and closed only when none is left:
// closing a document under a waiting job made PDFium trap ("table index is out of bounds").
import { loadPdfium, openDocument, withPage, type OpenDocument, type Pdfium } from "./pdfium";
import { readPageText } from "./page-text";

export interface PdfInput {
  /** The file's bytes; a SharedArrayBuffer view lets every worker read one copy. */
  bytes: Uint8Array;
  sha256: string;
}

export interface ExtractedPage {
  index: number;
  width: number;
  height: number;
  text: string;
  boxes: Int16Array;
  imageCoverage: number;
  redactions: number[][];
  /** Why the page could not be read, when it could not. */
  error?: string;
}

interface Open {
  doc: OpenDocument;
  users: number;
  lastUsed: number;
}

const opened = new Map<string, Open>();
/** Documents kept open with no job using them, for the next range of the same file. */
const KEEP_IDLE = 2;
let clock = 0;

function closeIdle(): void {
  const idle = [...opened].filter(([, o]) => o.users === 0).sort((a, b) => b[1].lastUsed - a[1].lastUsed);
  for (const [sha, o] of idle.slice(KEEP_IDLE)) {
    opened.delete(sha);
    o.doc.close();
  }
}

/** Runs `use` with the document open; it stays open until `use` (sync or async) is done. */
export async function withPdf<T>(input: PdfInput, use: (m: Pdfium, doc: OpenDocument) => T | Promise<T>): Promise<T> {
  const m = await loadPdfium();
  let o = opened.get(input.sha256);
  if (!o) {
    o = { doc: openDocument(m, input.bytes), users: 0, lastUsed: 0 };
    opened.set(input.sha256, o);
  }
  o.users += 1;
  try {
    return await use(m, o.doc);
  } finally {
    o.users -= 1;
    o.lastUsed = ++clock;
    closeIdle();
  }
}

/** How many documents are open in this worker (tests). */
export const openPdfCount = (): number => opened.size;

export function pdfInfo(input: PdfInput): Promise<{ pageCount: number }> {
  return withPdf(input, (_m, doc) => ({ pageCount: doc.pageCount }));
}

export function extractPdfPages(input: PdfInput & { from: number; to: number }): Promise<ExtractedPage[]> {
  return withPdf(input, (m, doc) => extractRange(m, doc, input.from, input.to));
}

function extractRange(m: Pdfium, doc: OpenDocument, from: number, to: number): ExtractedPage[] {
  const pages: ExtractedPage[] = [];
  for (let index = from; index < Math.min(to, doc.pageCount); index++) {
    try {
      const { width, height, text, boxes, imageCoverage, redactions } = withPage(m, doc, index, (page) => readPageText(m, page));
      pages.push({ index, width, height, text, boxes, imageCoverage, redactions });
    } catch (error) {
      // One unreadable page must not cost the rest of the document.
      pages.push({ index, width: 0, height: 0, text: "", boxes: new Int16Array(0), imageCoverage: 0, redactions: [], error: (error as Error).message });
    }
  }
  return pages;
}
