// Linked passages: "this highlight responds to / fulfils / reports failure of / contradicts that one".
// Links belong to both ends: deleting either highlight removes them (ON DELETE CASCADE), and
// restoring a deleted highlight puts back those whose other end still exists.
import { LINK_RELATIONS, type AnnotationLink, type LinkRelation, type LinkView } from "../../shared/model";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";
import { appendAudit } from "./audit";
import { nowIso } from "./write";

interface LinkRow {
  id: number;
  from_id: string;
  to_id: string;
  relation: LinkRelation;
  created_at: string;
  author: string;
  from_document: number;
  from_quote: string;
  to_document: number;
  to_quote: string;
}

const SELECT = `SELECT l.*, f.document_id AS from_document, f.exact AS from_quote, t.document_id AS to_document, t.exact AS to_quote
  FROM annotation_links l JOIN annotations f ON f.id = l.from_id JOIN annotations t ON t.id = l.to_id`;

const toView = (r: LinkRow): LinkView => ({
  id: r.id,
  relation: r.relation,
  from: { annotationId: r.from_id, documentId: r.from_document, quote: r.from_quote },
  to: { annotationId: r.to_id, documentId: r.to_document, quote: r.to_quote },
  author: r.author,
  createdAt: r.created_at,
});

export function isLinkRelation(value: string): value is LinkRelation {
  return (LINK_RELATIONS as readonly string[]).includes(value);
}

function requireAnnotation(c: Case, id: string): void {
  if (!sql(c, "SELECT 1 FROM annotations WHERE id = ?").get(id)) throw new CaseError("not-found", `There is no annotation ${id} in this case.`);
}

export function getLink(c: Case, id: number): LinkView {
  const row = sql(c, `${SELECT} WHERE l.id = ?`).get(id) as LinkRow | undefined;
  if (!row) throw new CaseError("not-found", `There is no link ${id} in this case.`);
  return toView(row);
}

export interface NewLink {
  from: string;
  to: string;
  relation: string;
  /** Kept when a link is put back (undo); new links get the next id. */
  id?: number;
  author?: string;
  createdAt?: string;
}

/** Links two highlights. Call inside a write. */
export function linkAnnotations(c: Case, link: NewLink): LinkView {
  if (!isLinkRelation(link.relation)) throw new CaseError("invalid", `"${link.relation}" is not a relation; use one of: ${LINK_RELATIONS.join(", ")}.`);
  if (link.from === link.to) throw new CaseError("invalid", "A highlight cannot be linked to itself.");
  requireAnnotation(c, link.from);
  requireAnnotation(c, link.to);
  if (sql(c, "SELECT 1 FROM annotation_links WHERE from_id = ? AND to_id = ? AND relation = ?").get(link.from, link.to, link.relation)) {
    throw new CaseError("invalid", `${link.from} already ${link.relation} ${link.to}.`);
  }
  const free = link.id !== undefined && !sql(c, "SELECT 1 FROM annotation_links WHERE id = ?").get(link.id);
  const id = Number(
    sql(c, "INSERT INTO annotation_links (id, from_id, to_id, relation, created_at, author) VALUES (?, ?, ?, ?, ?, ?)").run(
      free ? link.id : null, link.from, link.to, link.relation, link.createdAt ?? nowIso(), link.author ?? c.actor,
    ).lastInsertRowid,
  );
  appendAudit(c, { action: "link.create", entity: "link", entityId: id, detail: { from: link.from, to: link.to, relation: link.relation } });
  return getLink(c, id);
}

export type LinkSelector = { id: number } | { from: string; to: string; relation: string };

/** Removes a link, named by id or by its ends and relation; returns what it was. Call inside a write. */
export function unlinkAnnotations(c: Case, which: LinkSelector): LinkView {
  const row =
    "id" in which
      ? (sql(c, "SELECT id FROM annotation_links WHERE id = ?").get(which.id) as { id: number } | undefined)
      : (sql(c, "SELECT id FROM annotation_links WHERE from_id = ? AND to_id = ? AND relation = ?").get(which.from, which.to, which.relation) as { id: number } | undefined);
  if (!row) {
    const what = "id" in which ? `link ${which.id}` : `link "${which.from} ${which.relation} ${which.to}"`;
    throw new CaseError("not-found", `There is no ${what} in this case.`);
  }
  const gone = getLink(c, row.id);
  sql(c, "DELETE FROM annotation_links WHERE id = ?").run(row.id);
  appendAudit(c, { action: "link.delete", entity: "link", entityId: row.id, detail: { from: gone.from.annotationId, to: gone.to.annotationId, relation: gone.relation } });
  return gone;
}

/** Links touching a highlight, or any highlight of a document, or all; oldest first. */
export function listLinks(c: Case, filter: { annotationId?: string; documentId?: number } = {}): LinkView[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.annotationId !== undefined) {
    requireAnnotation(c, filter.annotationId);
    where.push("(l.from_id = @annotationId OR l.to_id = @annotationId)");
    params.annotationId = filter.annotationId;
  }
  if (filter.documentId !== undefined) {
    where.push("(f.document_id = @documentId OR t.document_id = @documentId)");
    params.documentId = filter.documentId;
  }
  const rows = c.db.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY l.id`).all(params) as LinkRow[];
  return rows.map(toView);
}

/** The SQL of a highlight's links as its view carries them (a JSON array), for `annotations a`. */
export const LINKS_JSON = `(SELECT json_group_array(json_object('id', l.id, 'relation', l.relation, 'direction', l.direction,
    'annotationId', o.id, 'documentId', o.document_id, 'quote', o.exact, 'author', l.author, 'createdAt', l.created_at) ORDER BY l.id)
  FROM (SELECT id, relation, 'outgoing' AS direction, to_id AS other, author, created_at FROM annotation_links WHERE from_id = a.id
        UNION ALL SELECT id, relation, 'incoming', from_id, author, created_at FROM annotation_links WHERE to_id = a.id) l
  JOIN annotations o ON o.id = l.other)`;

/** Puts back a restored highlight's links whose other end still exists. Call inside a write. */
export function restoreLinks(c: Case, annotationId: string, links: readonly AnnotationLink[]): void {
  for (const link of links) {
    if (!sql(c, "SELECT 1 FROM annotations WHERE id = ?").get(link.annotationId)) continue;
    const [from, to] = link.direction === "outgoing" ? [annotationId, link.annotationId] : [link.annotationId, annotationId];
    if (sql(c, "SELECT 1 FROM annotation_links WHERE from_id = ? AND to_id = ? AND relation = ?").get(from, to, link.relation)) continue;
    linkAnnotations(c, { from, to, relation: link.relation, id: link.id, author: link.author, createdAt: link.createdAt });
  }
}
