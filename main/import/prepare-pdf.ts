// Reads a PDF through the jobs (pages in ranges across workers, scans OCR'd) into plain data that
// storePdf writes in the caller's transaction — for a PDF file and for a PDF attached to an email alike.
import type { JobHost } from "../jobs/host";
import type { ExtractedPage } from "../jobs/pdf/extract-pdf";
import type { Case } from "../store/case-file";
import { putBlob } from "../store/blobs";
import { insertDocument } from "../store/documents";
import { insertPage } from "../store/pages";
import { indexUnit } from "../store/search";
import type { Origin } from "./store-parsed";
import type { PrintedReading } from "../jobs/read-printed";
import { storePrintedMessages } from "./store-printed";

/** Pages per extraction job: small enough for steady progress, large enough to amortise a job. */
const PAGES_PER_JOB = 25;
/**
 * A page is a scan to OCR when images cover at least this share of it and its text layer holds
 * fewer letters than below (a scan often carries only its Bates stamp as text).
 */
const SCAN_COVERAGE = 0.3;
const SCAN_MAX_LETTERS = 100;

export interface PreparedPage extends ExtractedPage {
  ocr: boolean;
  confidence: number | null;
}

export interface PreparedPdf {
  pageCount: number;
  pages: PreparedPage[];
  /** The document's text: its pages' texts one blank line apart; an empty page is an empty range. */
  text: string;
  ranges: { start: number; end: number }[];
  printed: PrintedReading;
  warnings: string[];
}

export interface PrepareOptions {
  host: JobHost;
  signal?: AbortSignal;
  onPages?: (done: number, total: number) => void;
}

const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

/** The pages of a PDF, or the sentence that says why it cannot be read. */
export async function preparePdf(bytes: Uint8Array, sha: string, options: PrepareOptions): Promise<PreparedPdf | { error: string }> {
  // One copy of the bytes, shared by every worker that reads a range of pages.
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  const input = { bytes: shared, sha256: sha };
  const info = await options.host.run("pdf-info", input);
  if (!info.ok) return { error: info.error.message };
  const { pageCount } = info.value;
  if (pageCount === 0) return { error: "the PDF has no pages" };

  let done = 0;
  const jobs = Array.from({ length: Math.ceil(pageCount / PAGES_PER_JOB) }, (_, i) => [i * PAGES_PER_JOB, Math.min(pageCount, (i + 1) * PAGES_PER_JOB)] as const);
  const extracted = await Promise.all(
    jobs.map(async ([from, to]) => {
      const result = await options.host.run("extract-pdf-pages", { ...input, from, to });
      if (!options.signal?.aborted) options.onPages?.((done += to - from), pageCount);
      return result;
    }),
  );
  for (const r of extracted) if (!r.ok) return { error: r.error.message };
  if (options.signal?.aborted) return { error: "import cancelled before this file was stored" };

  const pages: PreparedPage[] = extracted.flatMap((r) => (r.ok ? r.value : [])).map((p) => ({ ...p, ocr: false, confidence: null }));
  const warnings = pages.filter((p) => p.error).map((p) => `page ${p.index + 1}: ${p.error}`);
  await Promise.all(
    pages
      .filter((p) => !p.error && p.imageCoverage >= SCAN_COVERAGE && letters(p.text) < SCAN_MAX_LETTERS)
      .map(async (p) => {
        if (options.signal?.aborted) return;
        const ocr = await options.host.run("ocr-pdf-page", { ...input, index: p.index });
        if (!ocr.ok) return void warnings.push(`page ${p.index + 1}: OCR failed: ${ocr.error.message}`);
        // Keep the text layer when OCR found less than it (a nearly blank page stays as it was).
        if (letters(ocr.value.text) <= letters(p.text)) return;
        Object.assign(p, { text: ocr.value.text, boxes: ocr.value.boxes, ocr: true, confidence: ocr.value.confidence });
      }),
  );
  if (options.signal?.aborted) return { error: "import cancelled before this file was stored" };

  let text = "";
  const ranges = pages.map((p) => {
    if (p.text && text) text += "\n\n";
    const start = text.length;
    text += p.text;
    return { start, end: text.length };
  });
  const printed = await options.host.run("read-printed", { text, pages: ranges });
  if (!printed.ok) warnings.push(`messages could not be read from the pages: ${printed.error.message}`);
  return { pageCount, pages, text, ranges, printed: printed.ok ? printed.value : { messages: [], pages: ranges.map(() => ({ stamp: null, exemptions: [] })) }, warnings };
}

/** Writes a prepared PDF: document, pages with their boxes, one search unit per page. Call inside a write. */
export function storePdf(c: Case, pdf: PreparedPdf, bytes: Uint8Array, origin: Origin & { title: string }): number {
  putBlob(c, origin.blobSha256, bytes);
  const id = insertDocument(c, {
    ...origin,
    kind: "pdf",
    mediaType: "application/pdf",
    pageCount: pdf.pageCount,
    text: pdf.text,
    info: { ...origin.info, ocrPages: pdf.pages.filter((p) => p.ocr).length, ...(pdf.warnings.length ? { warnings: pdf.warnings } : {}) },
  });
  const messageIds = storePrintedMessages(c, id, pdf.printed);
  pdf.pages.forEach((page, i) => {
    const { start, end } = pdf.ranges[i]!;
    const marks = pdf.printed.pages[i]!;
    insertPage(c, {
      documentId: id, pageIndex: page.index, start, end, width: page.width, height: page.height, stamp: marks.stamp, exemptions: marks.exemptions,
      ocr: page.ocr, ocrConfidence: page.confidence, boxes: page.boxes, redactions: page.redactions,
    });
    // A page's unit names the message it opens in, so a hit can say whose email it is.
    const message = pdf.printed.messages.findIndex((m) => m.start <= start && m.end > start);
    if (page.text) indexUnit(c, { documentId: id, pageIndex: page.index, messageId: messageIds[message] ?? null, body: page.text });
  });
  return id;
}
