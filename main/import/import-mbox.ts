// Imports an mbox: the file itself is stored once as the container, each message becomes a document
// whose bytes are a range of it. Each message commits on its own, so an interrupted import resumes:
// what was committed is reported as duplicate and nothing is half there.
import { canonicalText } from "../../shared/anchoring/normalize";
import type { ImportResult } from "../../shared/model";
import { appendAudit } from "../store/audit";
import type { Case } from "../store/case-file";
import { hashFile, putBlobFromFile, sha256 } from "../store/blobs";
import { childDocumentIds, findDocumentBySha, insertDocument, markImportComplete } from "../store/documents";
import { indexUnit } from "../store/search";
import { write } from "../store/write";
import { decodeText } from "../jobs/decode-text";
import type { JobHost } from "../jobs/host";
import { splitMbox, unescapeMboxrd, type MboxMessage } from "../jobs/mbox-split";
import { titleFrom } from "../jobs/parse-text";
import { pipeline } from "./pipeline";
import { storeParsed } from "./store-parsed";
import { basename } from "node:path";

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
  const parse = (m: MboxMessage) =>
    findDocumentBySha(c, sha256(m.bytes)) ? Promise.resolve(null) : options.host.run("parse-email", { bytes: unescapeMboxrd(m.bytes) });

  await pipeline(
    splitMbox(path),
    options.host.size * 4,
    parse,
    (m, result) => {
      options.onMessage?.(++done);
      const messageSha = sha256(m.bytes);
      if (result === null || findDocumentBySha(c, messageSha)) {
        counts.duplicate++;
        return;
      }
      const origin = {
        sha256: messageSha, size: m.length, blobSha256: sha, blobOffset: m.offset, mediaType: "message/rfc822",
        parentId: containerId, containerIndex: m.index, info: { envelope: m.envelope },
      };
      write(c, () => {
        if (result.ok) {
          const { documentId } = storeParsed(c, result.value, origin);
          appendAudit(c, { action: "document.import", entity: "document", entityId: documentId, detail: { sha256: messageSha, container: containerId } });
          return;
        }
        // Nothing is lost: an unreadable message is kept as raw text, with the reason.
        const text = canonicalText(decodeText(m.bytes).text);
        const documentId = insertDocument(c, { ...origin, kind: "email", title: titleFrom(text, `message ${m.index + 1}`), text, info: { ...origin.info, error: result.error.message } });
        indexUnit(c, { documentId, body: text });
        appendAudit(c, { action: "document.import", entity: "document", entityId: documentId, detail: { sha256: messageSha, container: containerId, error: result.error.message } });
      });
      if (result.ok) counts.imported++;
      else {
        counts.failed++;
        warnings.push(`message ${m.index + 1} (byte ${m.offset}) could not be parsed and was kept as raw text: ${result.error.message}`);
      }
    },
    options.signal,
  );

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
