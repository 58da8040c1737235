// Imports a PDF: pages read in ranges across the workers (text and character boxes), pages without a
// text layer OCR'd, then the document, its pages and its search units written in one transaction.
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ImportResult } from "../../shared/model";
import { appendAudit } from "../store/audit";
import type { Case } from "../store/case-file";
import { putBlob, sha256 } from "../store/blobs";
import { findDocumentBySha, insertDocument } from "../store/documents";
import { insertPage } from "../store/pages";
import { indexUnit } from "../store/search";
import { write } from "../store/write";
import type { JobHost } from "../jobs/host";
import type { ExtractedPage } from "../jobs/pdf/extract-pdf";

/** PDFs are read whole into PDFium's memory; past this size a file is refused with a reason (1 GiB). */
const MAX_PDF_BYTES = 1024 * 1024 * 1024;
/** Pages per extraction job: small enough for steady progress, large enough to amortise a job. */
const PAGES_PER_JOB = 25;
/**
 * A page is a scan to OCR when images cover at least this share of it and its text layer holds
 * fewer letters than below (a scan often carries only its Bates stamp as text).
 */
const SCAN_COVERAGE = 0.3;
const SCAN_MAX_LETTERS = 100;

export interface PdfOptions {
  host: JobHost;
  signal?: AbortSignal;
  onPages?: (done: number, total: number) => void;
}

interface PageResult extends ExtractedPage {
  ocr: boolean;
  confidence: number | null;
}

const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

export async function importPdf(c: Case, path: string, options: PdfOptions): Promise<ImportResult> {
  const size = statSync(path).size;
  if (size > MAX_PDF_BYTES) return { path, status: "failed", error: `the PDF is ${Math.round(size / 2 ** 20)} MiB; PDFs over 1 GiB are not supported` };
  const file = readFileSync(path);
  const sha = sha256(file);
  const existing = findDocumentBySha(c, sha);
  if (existing) return { path, status: "duplicate", documentId: existing.id, documentIds: [existing.id] };

  // One copy of the bytes, shared by every worker that reads a range of pages.
  const shared = new Uint8Array(new SharedArrayBuffer(file.byteLength));
  shared.set(file);
  const input = { bytes: shared, sha256: sha };
  const info = await options.host.run("pdf-info", input);
  if (!info.ok) return { path, status: "failed", error: info.error.message };
  const { pageCount } = info.value;
  if (pageCount === 0) return { path, status: "failed", error: "the PDF has no pages" };

  let done = 0;
  const ranges = Array.from({ length: Math.ceil(pageCount / PAGES_PER_JOB) }, (_, i) => [i * PAGES_PER_JOB, Math.min(pageCount, (i + 1) * PAGES_PER_JOB)] as const);
  const extracted = await Promise.all(
    ranges.map(async ([from, to]) => {
      const result = await options.host.run("extract-pdf-pages", { ...input, from, to });
      if (!options.signal?.aborted) options.onPages?.((done += to - from), pageCount);
      return result;
    }),
  );
  const failed = extracted.find((r) => !r.ok);
  if (failed && !failed.ok) return { path, status: "failed", error: failed.error.message };
  if (options.signal?.aborted) return { path, status: "failed", error: "import cancelled before this file was stored" };

  const pages: PageResult[] = extracted.flatMap((r) => (r.ok ? r.value : [])).map((p) => ({ ...p, ocr: false, confidence: null }));
  const warnings: string[] = pages.filter((p) => p.error).map((p) => `page ${p.index + 1}: ${p.error}`);
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
  if (options.signal?.aborted) return { path, status: "failed", error: "import cancelled before this file was stored" };

  // The document's text: its pages' texts, one blank line apart; an empty page is an empty range.
  let text = "";
  const ranged = pages.map((p) => {
    if (p.text && text) text += "\n\n";
    const start = text.length;
    text += p.text;
    return { page: p, start, end: text.length };
  });

  const fileName = basename(path);
  const documentId = write(c, () => {
    putBlob(c, sha, file);
    const id = insertDocument(c, {
      sha256: sha, kind: "pdf", title: basename(fileName, extname(fileName)), fileName, sourcePath: path, mediaType: "application/pdf",
      size: file.byteLength, blobSha256: sha, pageCount, text, info: { ocrPages: pages.filter((p) => p.ocr).length },
    });
    for (const { page, start, end } of ranged) {
      insertPage(c, {
        documentId: id, pageIndex: page.index, start, end, width: page.width, height: page.height, stamp: null, exemptions: [],
        ocr: page.ocr, ocrConfidence: page.confidence, boxes: page.boxes,
      });
      if (page.text) indexUnit(c, { documentId: id, pageIndex: page.index, body: page.text });
    }
    appendAudit(c, { action: "document.import", entity: "document", entityId: id, detail: { sha256: sha, path, kind: "pdf", pages: pageCount } });
    return id;
  });
  return { path, status: "imported", documentId, documentIds: [documentId], ...(warnings.length ? { warnings } : {}) };
}
