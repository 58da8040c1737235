// Imports an mbox: the file itself is stored once as the container, each message becomes a document
// whose bytes are a range of it. Each message commits on its own, so an interrupted import resumes:
// what was committed is reported as duplicate and nothing is half there.
import { basename } from "node:path";
import { canonicalText } from "../../shared/anchoring/normalize";
import type { ImportResult } from "../../shared/model";
import type { Result } from "../../shared/result";
import { appendAudit } from "../store/audit";
import type { Case } from "../store/case-file";
import { hashFile, putBlobFromFile, sha256 } from "../store/blobs";
import { childDocumentIds, findDocumentBySha, insertDocument, markImportComplete } from "../store/documents";
import { indexUnit } from "../store/search";
import { write } from "../store/write";
import { decodeText } from "../jobs/decode-text";
import type { JobHost } from "../jobs/host";
import type { ParsedEmail } from "../jobs/parsed";
import { splitMbox, unescapeMboxrd, type MboxMessage } from "../jobs/mbox-split";
import { titleFrom } from "../jobs/parse-text";
import { pipeline } from "./pipeline";
import { storeParsed, type PreparedPdfs } from "./store-parsed";
import { prepareAttachedPdfs } from "./prepare-attachments";

interface Parsed {
  result: Result<ParsedEmail>;
  pdfs: PreparedPdfs;
}

/** Messages per transaction: large enough to amortise commits, small enough to lose little on a crash. */
const BATCH_MESSAGES = 200;
/** Messages being parsed ahead of the one being stored; bounds memory whatever the mbox size. */
const PARSE_AHEAD = 64;

export interface MboxOptions {
  host: JobHost;
  signal?: AbortSignal;
  onMessage?: (done: number) => void;
}

export async function importMbox(c: Case, path: string, options: MboxOptions): Promise<ImportResult> {
  const { sha256: sha, size } = hashFile(path);
  const existing = findDocumentBySha(c, sha);
  if (existing?.importState === "complete") {
    return { path, status: "duplicate", documentId: existing.id, documentIds: childDocumentIds(c, existing.id) };
  }
  const containerId =
    existing?.id ??
    write(c, () => {
      putBlobFromFile(c, sha, size, path);
      const id = insertDocument(c, {
        sha256: sha, kind: "mbox", title: basename(path), fileName: basename(path), sourcePath: path,
        mediaType: "application/mbox", size, blobSha256: sha, importState: "partial", text: "",
      });
      appendAudit(c, { action: "document.import", entity: "document", entityId: id, detail: { sha256: sha, path, kind: "mbox" } });
      return id;
    });

  const counts = { imported: 0, duplicate: 0, failed: 0 };
  const warnings: string[] = [];
  let done = 0;
  const parse = async (m: MboxMessage): Promise<Parsed | null> => {
    if (findDocumentBySha(c, sha256(m.bytes))) return null;
    const result = await options.host.run("parse-email", { bytes: unescapeMboxrd(m.bytes) });
    const pdfs = result.ok ? await prepareAttachedPdfs(result.value, { host: options.host }) : new Map();
    return { result, pdfs };
  };

  // Whole messages are committed in batches: each transaction holds complete documents only, and
  // far fewer commits keep FTS5 from writing a segment per message.
  let batch: ({ m: MboxMessage } & Parsed)[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    write(c, () => {
      for (const { m, result, pdfs } of pending) storeMessage(m, result, pdfs);
    });
  };
  const storeMessage = (m: MboxMessage, result: Result<ParsedEmail>, pdfs: PreparedPdfs) => {
    const messageSha = sha256(m.bytes);
    if (findDocumentBySha(c, messageSha)) {
      counts.duplicate++;
      return;
    }
    const origin = {
      sha256: messageSha, size: m.length, blobSha256: sha, blobOffset: m.offset, mediaType: "message/rfc822",
      parentId: containerId, containerIndex: m.index, info: { envelope: m.envelope },
    };
    if (result.ok) {
      const { documentId } = storeParsed(c, result.value, origin, pdfs);
      appendAudit(c, { action: "document.import", entity: "document", entityId: documentId, detail: { sha256: messageSha, container: containerId } });
      counts.imported++;
      return;
    }
    // Nothing is lost: an unreadable message is kept as raw text, with the reason.
    const text = canonicalText(decodeText(m.bytes).text);
    const documentId = insertDocument(c, { ...origin, kind: "email", title: titleFrom(text, `message ${m.index + 1}`), text, info: { ...origin.info, error: result.error.message } });
    indexUnit(c, { documentId, body: text });
    appendAudit(c, { action: "document.import", entity: "document", entityId: documentId, detail: { sha256: messageSha, container: containerId, error: result.error.message } });
    counts.failed++;
    warnings.push(`message ${m.index + 1} (byte ${m.offset}) could not be parsed and was kept as raw text: ${result.error.message}`);
  };

  await pipeline(
    splitMbox(path),
    PARSE_AHEAD,
    parse,
    (m, result) => {
      options.onMessage?.(++done);
      if (result === null) counts.duplicate++;
      else batch.push({ m, ...result });
      if (batch.length >= BATCH_MESSAGES) flush();
    },
    options.signal,
  );
  flush();

  if (options.signal?.aborted) {
    return { path, status: "failed", documentId: containerId, documentIds: childDocumentIds(c, containerId), error: "import cancelled; import the file again to resume", messages: counts };
  }
  write(c, () => markImportComplete(c, containerId));
  const imported = !existing || counts.imported + counts.failed > 0;
  return {
    path,
    status: imported ? "imported" : "duplicate",
    documentId: containerId,
    documentIds: childDocumentIds(c, containerId),
    messages: counts,
    ...(warnings.length ? { warnings } : {}),
  };
}
