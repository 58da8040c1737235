// Documents: one row per original (file, mbox message, attachment), never changed after import.
import type { DocumentKind, DocumentSummary } from "../../shared/model";
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { BlobReader } from "./blobs";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";
import { nowIso } from "./write";

export interface NewDocument {
  sha256: string;
  kind: DocumentKind;
  title: string;
  fileName?: string | null;
  sourcePath?: string | null;
  mediaType: string;
  size: number;
  blobSha256: string;
  blobOffset?: number;
  parentId?: number | null;
  containerIndex?: number | null;
  importState?: "complete" | "partial";
  pageCount?: number;
  info?: Record<string, unknown>;
  text: string;
}

/** Inserts a document and its canonical text. Call inside a write. */
export function insertDocument(c: Case, d: NewDocument): number {
  const { lastInsertRowid } = sql(c, 
      `INSERT INTO documents (sha256, kind, title, file_name, source_path, media_type, size, blob_sha256, blob_offset,
         parent_id, container_index, import_state, imported_at, page_count, info)
       VALUES (@sha256, @kind, @title, @fileName, @sourcePath, @mediaType, @size, @blobSha256, @blobOffset,
         @parentId, @containerIndex, @importState, @importedAt, @pageCount, @info)`,
    )
    .run({
      sha256: d.sha256,
      kind: d.kind,
      title: d.title,
      fileName: d.fileName ?? null,
      sourcePath: d.sourcePath ?? null,
      mediaType: d.mediaType,
      size: d.size,
      blobSha256: d.blobSha256,
      blobOffset: d.blobOffset ?? 0,
      parentId: d.parentId ?? null,
      containerIndex: d.containerIndex ?? null,
      importState: d.importState ?? "complete",
      importedAt: nowIso(),
      pageCount: d.pageCount ?? 0,
      info: JSON.stringify(d.info ?? {}),
    });
  const id = Number(lastInsertRowid);
  sql(c, "INSERT INTO document_texts (document_id, text) VALUES (?, ?)").run(id, d.text);
  return id;
}

export function findDocumentBySha(c: Case, sha: string): { id: number; importState: "complete" | "partial" } | undefined {
  return sql(c, "SELECT id, import_state AS importState FROM documents WHERE sha256 = ?").get(sha) as
    | { id: number; importState: "complete" | "partial" }
    | undefined;
}

export function markImportComplete(c: Case, id: number): void {
  sql(c, "UPDATE documents SET import_state = 'complete' WHERE id = ?").run(id);
}

/** A document's own columns and review marks; its counts over messages and pages are joined in below. */
const COLUMNS = `d.id, d.sha256, d.title, d.kind, d.page_count AS pageCount,
    d.parent_id AS parentId, d.file_name AS fileName, d.size, d.import_state AS importState,
    coalesce(r.reviewed, 0) AS reviewed, coalesce(r.flagged, 0) AS flagged`;

/** One document: its counts as subqueries on its own rows. */
const SUMMARY = `SELECT ${COLUMNS},
    (SELECT count(*) FROM messages m WHERE m.document_id = d.id) AS messageCount,
    (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND p.ocr = 1) AS ocrPages,
    (SELECT coalesce(sum(json_array_length(p.redactions_json)), 0) FROM pages p WHERE p.document_id = d.id) AS redactions,
    (SELECT json_group_array(DISTINCT e.value) FROM pages p, json_each(p.exemptions_json) e WHERE p.document_id = d.id) AS exemptions
  FROM documents d LEFT JOIN document_reviews r ON r.document_id = d.id`;

/**
 * Every document: the counts over messages and pages are added up once per document and joined. (As
 * subqueries per document they cost a scan of the pages table each once ANALYZE has seen a case whose
 * pages belong to few documents: 0.9 s for 5,000 documents beside a 319-page release.)
 */
const SUMMARIES = `WITH
    message_counts AS (SELECT document_id, count(*) AS n FROM messages GROUP BY document_id),
    page_facts AS (
      SELECT document_id, sum(ocr = 1) AS ocr, coalesce(sum(json_array_length(redactions_json)), 0) AS redactions
      FROM pages GROUP BY document_id),
    page_exemptions AS (
      SELECT p.document_id, json_group_array(DISTINCT e.value) AS list FROM pages p, json_each(p.exemptions_json) e GROUP BY p.document_id)
  SELECT ${COLUMNS},
    coalesce(mc.n, 0) AS messageCount, coalesce(pf.ocr, 0) AS ocrPages, coalesce(pf.redactions, 0) AS redactions,
    coalesce(pe.list, '[]') AS exemptions
  FROM documents d
    LEFT JOIN document_reviews r ON r.document_id = d.id
    LEFT JOIN message_counts mc ON mc.document_id = d.id
    LEFT JOIN page_facts pf ON pf.document_id = d.id
    LEFT JOIN page_exemptions pe ON pe.document_id = d.id`;

type SummaryRow = Omit<DocumentSummary, "exemptions" | "reviewed" | "flagged"> & { exemptions: string; reviewed: number; flagged: number };
const toSummary = (r: SummaryRow): DocumentSummary => ({ ...r, exemptions: JSON.parse(r.exemptions) as string[], reviewed: r.reviewed === 1, flagged: r.flagged === 1 });

/** Documents in import order, optionally only those reviewed (or not) and flagged (or not). */
export function listDocuments(c: Case, filter: { reviewed?: boolean; flagged?: boolean } = {}): DocumentSummary[] {
  const where: string[] = [];
  if (filter.reviewed !== undefined) where.push(`coalesce(r.reviewed, 0) = ${filter.reviewed ? 1 : 0}`);
  if (filter.flagged !== undefined) where.push(`coalesce(r.flagged, 0) = ${filter.flagged ? 1 : 0}`);
  return (sql(c, `${SUMMARIES} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY d.id`).all() as SummaryRow[]).map(toSummary);
}

export function childDocumentIds(c: Case, parentId: number): number[] {
  return (sql(c, "SELECT id FROM documents WHERE parent_id = ? ORDER BY container_index, id").all(parentId) as { id: number }[]).map(
    (r) => r.id,
  );
}

export function getDocument(c: Case, id: number): DocumentSummary {
  const row = sql(c, `${SUMMARY} WHERE d.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw new CaseError("not-found", `There is no document ${id} in this case.`);
  return toSummary(row);
}

/** The last documents' texts read, per open case: a release's text is megabytes, read again for every highlight made in it. */
const recentTexts = new WeakMap<Case, Map<number, { sha256: string; text: string }>>();
const RECENT_TEXTS = 2;

export function documentText(c: Case, id: number): string {
  // A document's text never changes once stored; its SHA-256 tells it apart from any later row that
  // might take the same id (an import rolled back, then another one).
  const doc = sql(c, "SELECT sha256 FROM documents WHERE id = ?").get(id) as { sha256: string } | undefined;
  const recent = recentTexts.get(c) ?? new Map<number, { sha256: string; text: string }>();
  recentTexts.set(c, recent);
  const known = recent.get(id);
  if (doc && known?.sha256 === doc.sha256) {
    recent.delete(id);
    recent.set(id, known); // most recently used last
    return known.text;
  }
  const row = sql(c, "SELECT text FROM document_texts WHERE document_id = ?").get(id) as { text: string } | undefined;
  if (!doc || !row) throw new CaseError("not-found", `There is no document ${id} in this case.`);
  recent.set(id, { sha256: doc.sha256, text: row.text });
  for (const oldest of recent.keys()) {
    if (recent.size <= RECENT_TEXTS) break;
    recent.delete(oldest);
  }
  return row.text;
}

/** Piece size for reading an original out: the blob store's chunk size, so memory stays flat. */
export const ORIGINAL_PIECE = 4 * 1024 * 1024;

/** Where a document's original bytes are: its blob and offset, its size, SHA-256 and media type. */
export interface Original {
  sha256: string;
  blobSha256: string;
  blobOffset: number;
  size: number;
  mediaType: string;
}

export function originalOf(c: Case, id: number): Original {
  const row = sql(c, "SELECT sha256, blob_sha256, blob_offset, size, media_type FROM documents WHERE id = ?").get(id) as
    | { sha256: string; blob_sha256: string; blob_offset: number; size: number; media_type: string }
    | undefined;
  if (!row) throw new CaseError("not-found", `There is no document ${id} in this case.`);
  return { sha256: row.sha256, blobSha256: row.blob_sha256, blobOffset: row.blob_offset, size: row.size, mediaType: row.media_type };
}

/** Bytes [start, start + length) of a document's original. */
export function readOriginal(c: Case, original: Original, start: number, length: number, reader = new BlobReader(c)): Buffer {
  return reader.read(original.blobSha256, original.blobOffset + start, length);
}

/**
 * Writes a document's original bytes to `path`: first to a temporary file beside it, renamed into place
 * once complete and checked against the document's SHA-256, so a failed copy never leaves a partial file.
 */
export function saveOriginal(c: Case, id: number, path: string): void {
  const original = originalOf(c, id);
  const reader = new BlobReader(c);
  const temporary = `${path}.casemark-partial`;
  const hash = createHash("sha256");
  const fd = openSync(temporary, "w");
  try {
    for (let at = 0; at < original.size; at += ORIGINAL_PIECE) {
      const piece = readOriginal(c, original, at, Math.min(ORIGINAL_PIECE, original.size - at), reader);
      hash.update(piece);
      writeSync(fd, piece);
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  if (hash.digest("hex") !== original.sha256) {
    rmSync(temporary, { force: true });
    throw new CaseError("corrupt", `Document ${id}'s stored bytes do not match its SHA-256; run casemark verify.`);
  }
  renameSync(temporary, path);
}
