// Merging one tag into another: its highlights take the other tag, its sub-tags move under the other
// (merging again where a sub-tag of the same name is already there), and then it goes.
import type { TagMergeResult } from "../../shared/model";
import type { Case } from "./case-file";
import { CaseError } from "./case-error";
import { appendAudit } from "./audit";
import { findTag, renameTag, requireTag, type TagRow } from "./tags";

type MergeResult = TagMergeResult;

function children(c: Case, tag: TagRow): TagRow[] {
  return c.db.prepare("SELECT * FROM tags WHERE parent_id = ? ORDER BY path").all(tag.id) as TagRow[];
}

function mergeInto(c: Case, from: TagRow, into: TagRow, result: MergeResult): void {
  // Sub-tags first, so `from` has none left when it goes.
  for (const child of children(c, from)) {
    const target = `${into.path}/${child.name}`;
    const namesake = findTag(c, target);
    if (namesake) mergeInto(c, child, namesake, result);
    else renameTag(c, child.path, target);
  }
  const carried = (c.db.prepare("SELECT count(*) AS n FROM annotation_tags WHERE tag_id = ?").get(from.id) as { n: number }).n;
  const added = c.db.prepare("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?").run(into.id, from.id).changes;
  c.db.prepare("DELETE FROM annotation_tags WHERE tag_id = ?").run(from.id);
  // A keyboard key is kept: the remaining tag takes it when it has none.
  const key = into.key === null && from.key !== null ? from.key : null;
  c.db.prepare("DELETE FROM tags WHERE id = ?").run(from.id);
  if (key !== null) c.db.prepare("UPDATE tags SET key = ? WHERE id = ?").run(key, into.id);
  result.annotations += carried;
  result.added += added;
  result.merged.push(from.path);
}

/** Merges tag `from` into tag `into`; every highlight keeps its place in the story. Call inside a write. */
export function mergeTags(c: Case, from: string, into: string): MergeResult {
  const source = requireTag(c, from);
  const target = requireTag(c, into);
  if (source.id === target.id) throw new CaseError("invalid", `"${source.path}" cannot be merged into itself.`);
  if (target.path.toLowerCase().startsWith(`${source.path.toLowerCase()}/`)) {
    throw new CaseError("invalid", `"${source.path}" cannot be merged into "${target.path}", a tag below it.`);
  }
  const result: MergeResult = { into: target.path, merged: [], annotations: 0, added: 0 };
  mergeInto(c, source, target, result);
  appendAudit(c, { action: "tag.merge", entity: "tag", entityId: target.id, detail: { from: source.path, into: target.path, merged: result.merged, annotations: result.annotations, added: result.added } });
  return result;
}
