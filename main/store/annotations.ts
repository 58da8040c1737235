// Annotations: ranges of canonical text with quote and position selectors, tags and a note.
import { randomUUID } from "node:crypto";
import { quoteSelector } from "../../shared/anchoring/quote";
import type { AnchorStatus, AnnotationLink, AnnotationView } from "../../shared/model";
import { InvalidNote, storedNote, type StoredNote } from "../../shared/notes";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";
import { appendAudit } from "./audit";
import { documentText } from "./documents";
import { LINKS_JSON, restoreLinks } from "./links";
import { ensureTag, requireTag, tagAndDescendantIds } from "./tags";
import { nowIso } from "./write";

export interface NewAnnotation {
  documentId: number;
  start: number;
  end: number;
  tags?: string[];
  note?: string;
  /** The note as a Lexical editor state; wins over `note`, whose plain text is then derived from it. */
  noteJson?: string | null;
  /** Kept from an imported annotation; new ones get a fresh UUID. */
  id?: string;
  author?: string;
  createdAt?: string;
  modifiedAt?: string;
  status?: AnchorStatus;
  /** Create tags the case does not have yet (importing annotations) instead of refusing. */
  createMissingTags?: boolean;
}

/** A sort key that orders annotations by position in their document. */
function sortKey(start: number, end: number): string {
  return `${String(start).padStart(12, "0")}:${String(end).padStart(12, "0")}`;
}

/** The note to store, or a CaseError for a state the note editor would not make. */
function checkedNote(change: { note?: string; noteJson?: string | null }): StoredNote | undefined {
  try {
    return storedNote(change);
  } catch (error) {
    if (error instanceof InvalidNote) throw new CaseError("invalid", `The note cannot be stored: ${error.message}.`);
    throw error;
  }
}

/** Creates an annotation on a range of a document. Call inside a write. */
export function createAnnotation(c: Case, a: NewAnnotation): AnnotationView {
  const text = documentText(c, a.documentId);
  if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end > a.start && a.end <= text.length)) {
    throw new CaseError("invalid", `The range ${a.start}–${a.end} is not inside document ${a.documentId} (0–${text.length}).`);
  }
  const tags = [...new Set(a.tags ?? [])].map((path) => (a.createMissingTags ? ensureTag(c, path) : requireTag(c, path)));
  const quote = quoteSelector(text, a.start, a.end);
  const now = nowIso();
  const id = a.id ?? randomUUID();
  if (c.db.prepare("SELECT 1 FROM annotations WHERE id = ?").get(id)) throw new CaseError("invalid", `An annotation ${id} already exists.`);
  const note = checkedNote(a) ?? { json: null, text: "" };
  c.db
    .prepare(
      `INSERT INTO annotations (id, document_id, start, end, exact, prefix, suffix, sort_key, status, note_json, note_text, author, created_at, modified_at)
       VALUES (@id, @documentId, @start, @end, @exact, @prefix, @suffix, @sortKey, @status, @noteJson, @noteText, @author, @createdAt, @modifiedAt)`,
    )
    .run({
      id,
      documentId: a.documentId,
      start: a.start,
      end: a.end,
      ...quote,
      sortKey: sortKey(a.start, a.end),
      status: a.status ?? "ok",
      noteJson: note.json,
      noteText: note.text,
      author: a.author ?? c.actor,
      createdAt: a.createdAt ?? now,
      modifiedAt: a.modifiedAt ?? now,
    });
  const link = c.db.prepare("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)");
  for (const tag of tags) link.run(id, tag.id);
  appendAudit(c, { action: "annotation.create", entity: "annotation", entityId: id, detail: { documentId: a.documentId, start: a.start, end: a.end, tags: tags.map((t) => t.path) } });
  return getAnnotation(c, id);
}

interface AnnotationRow {
  id: string;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: AnchorStatus;
  note_text: string;
  note_json: string | null;
  author: string;
  created_at: string;
  modified_at: string;
  tags: string | null;
  links: string | null;
}

const SELECT = `SELECT a.*, (SELECT json_group_array(t.path) FROM (SELECT t.path FROM annotation_tags x JOIN tags t ON t.id = x.tag_id
    WHERE x.annotation_id = a.id ORDER BY t.path) t) AS tags, ${LINKS_JSON} AS links FROM annotations a`;

function toView(r: AnnotationRow): AnnotationView {
  return {
    id: r.id,
    documentId: r.document_id,
    quote: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    start: r.start,
    end: r.end,
    tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
    note: r.note_text,
    noteJson: r.note_json,
    author: r.author,
    status: r.status,
    createdAt: r.created_at,
    modifiedAt: r.modified_at,
    links: r.links ? (JSON.parse(r.links) as AnnotationLink[]) : [],
  };
}

export function getAnnotation(c: Case, id: string): AnnotationView {
  const row = c.db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  if (!row) throw new CaseError("not-found", `There is no annotation ${id} in this case.`);
  return toView(row);
}

/** Annotations in document order, filtered by document and by a tag (including the tags below it). */
export function listAnnotations(c: Case, filter: { documentId?: number; tag?: string } = {}): AnnotationView[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.documentId !== undefined) {
    where.push("a.document_id = @documentId");
    params.documentId = filter.documentId;
  }
  if (filter.tag !== undefined) {
    where.push(`a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id IN (SELECT value FROM json_each(@tagIds)))`);
    params.tagIds = JSON.stringify(tagAndDescendantIds(c, filter.tag));
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.document_id, a.sort_key`;
  return (c.db.prepare(sql).all(params) as AnnotationRow[]).map(toView);
}

export interface AnnotationChange {
  id: string;
  /** The complete new tag list. */
  tags?: string[];
  note?: string;
  noteJson?: string | null;
}

/** Replaces an annotation's tags and/or note. Call inside a write. */
export function updateAnnotation(c: Case, change: AnnotationChange): AnnotationView {
  const before = getAnnotation(c, change.id);
  if (change.tags !== undefined) {
    const tags = [...new Set(change.tags)].map((path) => requireTag(c, path));
    sql(c, "DELETE FROM annotation_tags WHERE annotation_id = ?").run(change.id);
    for (const tag of tags) sql(c, "INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)").run(change.id, tag.id);
  }
  const note = checkedNote(change);
  if (note) sql(c, "UPDATE annotations SET note_text = ?, note_json = ? WHERE id = ?").run(note.text, note.json, change.id);
  sql(c, "UPDATE annotations SET modified_at = ? WHERE id = ?").run(nowIso(), change.id);
  appendAudit(c, {
    action: "annotation.update",
    entity: "annotation",
    entityId: change.id,
    detail: { ...(change.tags !== undefined ? { tags: { from: before.tags, to: change.tags } } : {}), ...(note ? { note: true } : {}) },
  });
  return getAnnotation(c, change.id);
}

/** Deletes an annotation; returns what it was, so it can be restored. Call inside a write. */
export function deleteAnnotation(c: Case, id: string): AnnotationView {
  const before = getAnnotation(c, id);
  sql(c, "DELETE FROM annotations WHERE id = ?").run(id);
  appendAudit(c, { action: "annotation.delete", entity: "annotation", entityId: id, detail: { documentId: before.documentId, quote: before.quote, tags: before.tags } });
  return before;
}

/**
 * Puts a deleted annotation back as it was, same id and dates, with its links to highlights that
 * still exist. Call inside a write.
 */
export function restoreAnnotation(c: Case, a: AnnotationView): AnnotationView {
  createAnnotation(c, {
    id: a.id, documentId: a.documentId, start: a.start, end: a.end, tags: a.tags, note: a.note, noteJson: a.noteJson,
    author: a.author, createdAt: a.createdAt, modifiedAt: a.modifiedAt, status: a.status,
  });
  restoreLinks(c, a.id, a.links ?? []);
  return getAnnotation(c, a.id);
}

/** Whether the document holds a highlight on exactly this range carrying every one of `tags`. */
export function hasSameHighlight(c: Case, documentId: number, start: number, end: number, tags: readonly string[]): boolean {
  const rows = sql(
    c,
    `SELECT (SELECT json_group_array(t.path) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id) AS tags
     FROM annotations a WHERE a.document_id = ? AND a.start = ? AND a.end = ?`,
  ).all(documentId, start, end) as { tags: string }[];
  return rows.some((r) => {
    const have = new Set((JSON.parse(r.tags) as string[]).map((t) => t.toLowerCase()));
    return tags.every((t) => have.has(t.toLowerCase()));
  });
}
