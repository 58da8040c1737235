// Undo for codebook changes: the tags table (small) and the tag links of the tags a change touches,
// captured before and after it, and put back exactly — ids, keys, parents and highlights' tags alike.
import type { Case } from "./case-file";
import { appendAudit } from "./audit";
import type { TagRow } from "./tags";

export interface CodebookSnapshot {
  tags: TagRow[];
  /** The tags whose highlight links were captured. */
  scope: number[];
  /** [annotation id, tag id] for every tag in scope. */
  links: [string, number][];
}

export function snapshotCodebook(c: Case, scope: readonly number[]): CodebookSnapshot {
  const ids = [...new Set(scope)];
  const links = (c.db.prepare("SELECT annotation_id, tag_id FROM annotation_tags WHERE tag_id IN (SELECT value FROM json_each(?)) ORDER BY tag_id, annotation_id").all(JSON.stringify(ids)) as {
    annotation_id: string;
    tag_id: number;
  }[]).map((r): [string, number] => [r.annotation_id, r.tag_id]);
  return { tags: c.db.prepare("SELECT * FROM tags ORDER BY id").all() as TagRow[], scope: ids, links };
}

/** Ids of all tags now; with a snapshot taken before a change, what the change touched or made. */
export function tagIds(c: Case): number[] {
  return (c.db.prepare("SELECT id FROM tags").all() as { id: number }[]).map((r) => r.id);
}

const same = (a: TagRow, b: TagRow) =>
  a.path === b.path && a.name === b.name && a.parent_id === b.parent_id && a.color === b.color && a.key === b.key && a.description === b.description;

/**
 * Makes the codebook what the snapshot holds: tags it lacks go (with their links), tags it has come back
 * with their ids, and the links of the tags in its scope are exactly its links. Call inside a write.
 */
export function restoreCodebook(c: Case, snapshot: CodebookSnapshot, label: string): void {
  // Parents may be put back after their children within this transaction; checked at commit.
  c.db.pragma("defer_foreign_keys = ON");
  const wanted = new Map(snapshot.tags.map((t) => [t.id, t]));
  const current = new Map((c.db.prepare("SELECT * FROM tags").all() as TagRow[]).map((t) => [t.id, t]));
  const extra = [...current.keys()].filter((id) => !wanted.has(id));
  const scope = JSON.stringify([...snapshot.scope, ...extra]);
  c.db.prepare("DELETE FROM annotation_tags WHERE tag_id IN (SELECT value FROM json_each(?))").run(scope);
  for (const id of extra) c.db.prepare("DELETE FROM tags WHERE id = ?").run(id);
  const changed = snapshot.tags.filter((t) => !current.has(t.id) || !same(current.get(t.id)!, t));
  // Paths and keys are unique: clear the rows that change first, so swaps pass through no clash.
  for (const t of changed) {
    if (current.has(t.id)) c.db.prepare("UPDATE tags SET path = ?, key = NULL WHERE id = ?").run(`\u0001${t.id}`, t.id);
  }
  for (const t of changed) {
    if (current.has(t.id)) {
      c.db.prepare("UPDATE tags SET path = @path, name = @name, parent_id = @parent_id, color = @color, key = @key, description = @description WHERE id = @id").run(t);
    } else {
      c.db.prepare("INSERT INTO tags (id, path, name, parent_id, color, key, description) VALUES (@id, @path, @name, @parent_id, @color, @key, @description)").run(t);
    }
  }
  const link = c.db.prepare("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?)");
  for (const [annotationId, tagId] of snapshot.links) link.run(annotationId, tagId, annotationId);
  appendAudit(c, { action: "tag.restore", entity: "codebook", detail: { label, tags: snapshot.tags.length, links: snapshot.links.length } });
}
