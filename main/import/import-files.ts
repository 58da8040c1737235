// Imports files and folders into a case. Every file gets its own result (imported, duplicate, or
// failed with the reason); one bad file never stops the batch, and each document commits whole.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { ImportProgress, ImportResult } from "../../shared/model";
import { missingCase } from "../../shared/result";
import { appendAudit } from "../store/audit";
import type { Case } from "../store/case-file";
import { assertWritable } from "../store/case-file";
import { putBlob, sha256 } from "../store/blobs";
import { findDocumentBySha } from "../store/documents";
import { write } from "../store/write";
import type { JobHost } from "../jobs/host";
import { detectFormat, readHead } from "./detect";
import { importMbox } from "./import-mbox";
import { importPdf } from "./import-pdf";
import { storeParsed } from "./store-parsed";
import { attachmentWarnings, prepareAttachedPdfs } from "./prepare-attachments";
import { findFiles } from "./walk";

/** Single documents are read whole; past this size a file is refused with a reason (256 MiB). */
const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

export interface ImportOptions {
  host: JobHost;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

const UNSUPPORTED = "unsupported file type (Casemark reads .pdf, .eml, .msg, .mbox, .txt, .rtf and .html files)";

type DocumentFormat = "email" | "msg" | "text" | "html" | "rtf";

function parseJob(host: JobHost, format: DocumentFormat, bytes: Buffer, fileName: string) {
  switch (format) {
    case "email":
      return host.run("parse-email", { bytes });
    case "msg":
      return host.run("parse-msg", { bytes });
    case "html":
      return host.run("parse-html", { bytes, fileName });
    case "text":
      return host.run("parse-text", { bytes, fileName });
    case "rtf":
      return host.run("parse-rtf", { bytes, fileName });
    default:
      return missingCase(format);
  }
}

async function importDocument(c: Case, path: string, format: DocumentFormat, options: ImportOptions): Promise<ImportResult> {
  const size = statSync(path).size;
  if (size > MAX_DOCUMENT_BYTES) return { path, status: "failed", error: `the file is ${Math.round(size / 2 ** 20)} MiB; single documents over 256 MiB are not supported` };
  const bytes = readFileSync(path);
  const sha = sha256(bytes);
  const existing = findDocumentBySha(c, sha);
  if (existing) return { path, status: "duplicate", documentId: existing.id, documentIds: [existing.id] };
  const fileName = basename(path);
  const result = await parseJob(options.host, format, bytes, fileName);
  if (!result.ok) return { path, status: "failed", error: result.error.message };
  const parsed = result.value;
  const pdfs = await prepareAttachedPdfs(parsed, { host: options.host, ...(options.signal ? { signal: options.signal } : {}) });
  const { documentId, attachmentIds } = write(c, () => {
    putBlob(c, sha, bytes);
    const mediaType = format === "msg" ? "application/vnd.ms-outlook" : "";
    const stored = storeParsed(c, parsed, { sha256: sha, size: bytes.byteLength, blobSha256: sha, mediaType, fileName, sourcePath: path }, pdfs);
    appendAudit(c, { action: "document.import", entity: "document", entityId: stored.documentId, detail: { sha256: sha, path, kind: parsed.kind } });
    return stored;
  });
  const warnings = attachmentWarnings(parsed);
  return { path, status: "imported", documentId, documentIds: [documentId, ...attachmentIds], ...(warnings.length ? { warnings } : {}) };
}

async function importOne(c: Case, path: string, options: ImportOptions, onMessage: (n: number) => void, onPages: (done: number, total: number) => void): Promise<ImportResult> {
  const format = detectFormat(path, readHead(path));
  switch (format) {
    case "email":
    case "msg":
    case "text":
    case "html":
    case "rtf":
      return importDocument(c, path, format, options);
    case "mbox":
      return importMbox(c, path, { host: options.host, onMessage, ...(options.signal ? { signal: options.signal } : {}) });
    case "pdf":
      return importPdf(c, path, {
        host: options.host,
        ...(options.signal ? { signal: options.signal } : {}),
        onPages: (pagesDone, pageTotal) => onPages(pagesDone, pageTotal),
      });
    case "unknown":
      return { path, status: "failed", error: UNSUPPORTED };
    default:
      return missingCase(format);
  }
}

export async function importPaths(c: Case, paths: string[], options: ImportOptions): Promise<ImportResult[]> {
  assertWritable(c);
  const files = findFiles(paths);
  const results: ImportResult[] = [];
  for (const [i, file] of files.entries()) {
    if (file.error) {
      results.push({ path: file.path, status: "failed", error: file.error });
      continue;
    }
    if (options.signal?.aborted) {
      results.push({ path: file.path, status: "failed", error: "import cancelled before this file" });
      continue;
    }
    const progress = (extra: Partial<ImportProgress> = {}) => options.onProgress?.({ filesDone: i, total: files.length, path: file.path, ...extra });
    progress();
    try {
      results.push(
        await importOne(
          c,
          file.path,
          options,
          (messagesDone) => progress({ messagesDone }),
          (pagesDone, pageTotal) => progress({ pagesDone, pageTotal }),
        ),
      );
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.name === "CaseError") throw error; // the case itself is unusable: stop, the user must act
      results.push({ path: file.path, status: "failed", error: e.code && !e.code.startsWith("SQLITE_") ? `cannot read it (${e.code})` : e.message });
    }
  }
  options.onProgress?.({ filesDone: files.length, total: files.length, path: "" });
  return results;
}
