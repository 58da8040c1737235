// Jobs over one PDF: its page count, and the text and character boxes of a range of its pages.
// Several workers read different ranges of the same file; each keeps the last document it opened.
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

let open: { sha256: string; doc: OpenDocument } | undefined;

export async function openPdfInput(input: PdfInput): Promise<{ m: Pdfium; doc: OpenDocument }> {
  const m = await loadPdfium();
  if (open?.sha256 !== input.sha256) {
    open?.doc.close();
    open = undefined;
    open = { sha256: input.sha256, doc: openDocument(m, input.bytes) };
  }
  return { m, doc: open.doc };
}

export async function pdfInfo(input: PdfInput): Promise<{ pageCount: number }> {
  const { doc } = await openPdfInput(input);
  return { pageCount: doc.pageCount };
}

export async function extractPdfPages(input: PdfInput & { from: number; to: number }): Promise<ExtractedPage[]> {
  const { m, doc } = await openPdfInput(input);
  const pages: ExtractedPage[] = [];
  for (let index = input.from; index < Math.min(input.to, doc.pageCount); index++) {
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
