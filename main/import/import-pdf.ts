// Imports a PDF file: read through the jobs, then written whole in one transaction.
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ImportResult } from "../../shared/model";
import { appendAudit } from "../store/audit";
import type { Case } from "../store/case-file";
import { sha256 } from "../store/blobs";
import { findDocumentBySha } from "../store/documents";
import { write } from "../store/write";
import { preparePdf, storePdf, type PrepareOptions } from "./prepare-pdf";

/** PDFs are read whole into PDFium's memory; past this size a file is refused with a reason (1 GiB). */
const MAX_PDF_BYTES = 1024 * 1024 * 1024;

export async function importPdf(c: Case, path: string, options: PrepareOptions): Promise<ImportResult> {
  const size = statSync(path).size;
  if (size > MAX_PDF_BYTES) return { path, status: "failed", error: `the PDF is ${Math.round(size / 2 ** 20)} MiB; PDFs over 1 GiB are not supported` };
  const file = readFileSync(path);
  const sha = sha256(file);
  const existing = findDocumentBySha(c, sha);
  if (existing) return { path, status: "duplicate", documentId: existing.id, documentIds: [existing.id] };
  const pdf = await preparePdf(file, sha, options);
  if ("error" in pdf) return { path, status: "failed", error: pdf.error };
  const fileName = basename(path);
  const documentId = write(c, () => {
    const id = storePdf(c, pdf, file, { sha256: sha, size: file.byteLength, blobSha256: sha, mediaType: "application/pdf", fileName, sourcePath: path, title: basename(fileName, extname(fileName)) });
    appendAudit(c, { action: "document.import", entity: "document", entityId: id, detail: { sha256: sha, path, kind: "pdf", pages: pdf.pageCount } });
    return id;
  });
  return { path, status: "imported", documentId, documentIds: [documentId], ...(pdf.warnings.length ? { warnings: pdf.warnings } : {}) };
}
