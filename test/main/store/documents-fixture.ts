// Adds a plain-text document straight through the store, for tests that need text to annotate.
import type { Case } from "../../../main/store/case-file";
import { putBlob, sha256 } from "../../../main/store/blobs";
import { insertDocument } from "../../../main/store/documents";
import { indexUnit } from "../../../main/store/search";
import { write } from "../../../main/store/write";

export function addTextDocument(c: Case, text: string, title = "doc"): number {
  const bytes = new TextEncoder().encode(text);
  const sha = sha256(bytes);
  return write(c, () => {
    putBlob(c, sha, bytes);
    const id = insertDocument(c, { sha256: sha, kind: "text", title, mediaType: "text/plain", size: bytes.byteLength, blobSha256: sha, text });
    indexUnit(c, { documentId: id, body: text });
    return id;
  });
}
