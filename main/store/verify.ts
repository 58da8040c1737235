// Verification of a case: SQLite's own integrity check, every original re-hashed, the audit chain walked.
import { createHash } from "node:crypto";
import type { Case } from "./case-file";
import { auditChainProblems } from "./audit";
import { BlobReader, eachBlobChunk } from "./blobs";
import { memoProblems } from "./memos";

export interface VerifyReport {
  ok: boolean;
  problems: string[];
  checked: { documents: number; blobs: number; auditRows: number };
}

export function verifyCase(c: Case): VerifyReport {
  const problems: string[] = [];
  const integrity = c.db.pragma("integrity_check") as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== "ok") problems.push(`sqlite: ${row.integrity_check}`);
  for (const row of c.db.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[]) {
    problems.push(`sqlite: ${row.table} row ${row.rowid} points to a missing ${row.parent} row`);
  }

  const blobs = c.db.prepare("SELECT sha256, size FROM blobs").all() as { sha256: string; size: number }[];
  for (const blob of blobs) {
    const hash = createHash("sha256");
    let size = 0;
    eachBlobChunk(c, blob.sha256, (chunk) => {
      hash.update(chunk);
      size += chunk.byteLength;
    });
    if (size !== blob.size) problems.push(`original ${blob.sha256}: ${size} bytes stored, ${blob.size} expected`);
    else if (hash.digest("hex") !== blob.sha256) problems.push(`original ${blob.sha256}: its bytes no longer match its SHA-256`);
  }

  const documents = c.db.prepare("SELECT id, title, sha256, blob_sha256, blob_offset, size FROM documents ORDER BY blob_sha256, blob_offset").all() as {
    id: number;
    title: string;
    sha256: string;
    blob_sha256: string;
    blob_offset: number;
    size: number;
  }[];
  const reader = new BlobReader(c);
  for (const d of documents) {
    if (d.blob_sha256 === d.sha256 && d.blob_offset === 0) continue; // the blob check above covered it
    const bytes = reader.read(d.blob_sha256, d.blob_offset, d.size);
    if (bytes.byteLength !== d.size || createHash("sha256").update(bytes).digest("hex") !== d.sha256) {
      problems.push(`document ${d.id} (${d.title}): its bytes no longer match its SHA-256`);
    }
  }
  const missingText = c.db.prepare("SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM document_texts)").all() as { id: number }[];
  for (const d of missingText) problems.push(`document ${d.id}: its text is missing`);

  problems.push(...memoProblems(c));
  problems.push(...auditChainProblems(c));
  const auditRows = (c.db.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n;
  return { ok: problems.length === 0, problems, checked: { documents: documents.length, blobs: blobs.length, auditRows } };
}
