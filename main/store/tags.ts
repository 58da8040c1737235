// The codebook: tags nested by path ("failure report/missed deadline"), with colour and a 1–9 key.
import type { TagUsage, TagView } from "../../shared/model";
import type { Case } from "./case-file";
import { CaseError } from "./case-error";
import { appendAudit } from "./audit";

/** Colours handed to new tags in turn; chosen to stay readable under dark text. */
const PALETTE = ["#51cf66", "#cc5de8", "#ffd43b", "#20c997", "#ff922b", "#748ffc", "#f783ac", "#a9e34b", "#66d9e8"];

export interface TagRow {
  id: number;
  path: string;
  name: string;
  parent_id: number | null;
  color: string;
  key: number | null;
  description: string;
}

/** Trims each segment and rejects empty ones, so "a / b" and "a/b" are one tag. */
export function normalizeTagPath(path: string): string {
  const segments = path.split("/").map((s) => s.replace(/\s+/g, " ").trim());
  if (segments.some((s) => s === "")) throw new CaseError("invalid", `"${path}" is not a tag name: names cannot be empty or have empty parts between "/".`);
  return segments.join("/");
}

export function checkColor(color: string): string {
  const c = color.trim().toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(c)) throw new CaseError("invalid", `"${color}" is not a colour; use #rrggbb, e.g. #f59f00.`);
  return c;
}

function checkKey(c: Case, key: number, exceptId?: number): number {
  if (!Number.isInteger(key) || key < 1 || key > 9) throw new CaseError("invalid", `Keyboard keys for tags are 1 to 9, not ${key}.`);
  const owner = c.db.prepare("SELECT path FROM tags WHERE key = ? AND id IS NOT ?").get(key, exceptId ?? null) as { path: string } | undefined;
  if (owner) throw new CaseError("invalid", `Key ${key} already belongs to the tag "${owner.path}".`);
  return key;
}

export function findTag(c: Case, path: string): TagRow | undefined {
  return c.db.prepare("SELECT * FROM tags WHERE path = ?").get(normalizeTagPath(path)) as TagRow | undefined;
}

export function requireTag(c: Case, path: string): TagRow {
  const tag = findTag(c, path);
  if (!tag) throw new CaseError("not-found", `There is no tag "${path}" in this case; "casemark tags" lists them.`);
  return tag;
}

export interface NewTag {
  path: string;
  color?: string;
  key?: number;
  description?: string;
}

/** Creates a tag and any missing parents. Call inside a write. */
export function addTag(c: Case, t: NewTag): TagRow {
  const path = normalizeTagPath(t.path);
  if (findTag(c, path)) throw new CaseError("invalid", `The tag "${path}" already exists.`);
  const segments = path.split("/");
  const parent = segments.length > 1 ? (findTag(c, segments.slice(0, -1).join("/")) ?? addTag(c, { path: segments.slice(0, -1).join("/") })) : undefined;
  const count = (c.db.prepare("SELECT count(*) AS n FROM tags").get() as { n: number }).n;
  const row = {
    path,
    name: segments[segments.length - 1]!,
    parent_id: parent?.id ?? null,
    color: t.color ? checkColor(t.color) : (parent?.color ?? PALETTE[count % PALETTE.length]!),
    key: t.key === undefined ? null : checkKey(c, t.key),
    description: t.description ?? "",
  };
  const id = Number(
    c.db.prepare("INSERT INTO tags (path, name, parent_id, color, key, description) VALUES (@path, @name, @parent_id, @color, @key, @description)").run(row)
      .lastInsertRowid,
  );
  appendAudit(c, { action: "tag.add", entity: "tag", entityId: id, detail: { path } });
  return { id, ...row };
}

/** The tag, created with defaults if the case lacks it (used when importing annotations). */
export function ensureTag(c: Case, path: string): TagRow {
  return findTag(c, path) ?? addTag(c, { path });
}

/** Renames (or moves) a tag; its descendants follow. Call inside a write. */
export function renameTag(c: Case, from: string, to: string): TagRow {
  const tag = requireTag(c, from);
  const path = normalizeTagPath(to);
  const clash = findTag(c, path);
  if (clash && clash.id !== tag.id) throw new CaseError("invalid", `The tag "${path}" already exists; merge is not a rename.`);
  if (path.toLowerCase().startsWith(`${tag.path.toLowerCase()}/`)) throw new CaseError("invalid", `A tag cannot move inside itself.`);
  const segments = path.split("/");
  const parent = segments.length > 1 ? ensureTag(c, segments.slice(0, -1).join("/")) : undefined;
  c.db.prepare("UPDATE tags SET path = ?, name = ?, parent_id = ? WHERE id = ?").run(path, segments[segments.length - 1]!, parent?.id ?? null, tag.id);
  const descendants = c.db.prepare("SELECT id, path FROM tags WHERE path LIKE ? ESCAPE '\\'").all(`${escapeLike(tag.path)}/%`) as { id: number; path: string }[];
  for (const d of descendants) c.db.prepare("UPDATE tags SET path = ? WHERE id = ?").run(path + d.path.slice(tag.path.length), d.id);
  appendAudit(c, { action: "tag.rename", entity: "tag", entityId: tag.id, detail: { from: tag.path, to: path } });
  return requireTag(c, path);
}

/** Gives a tag a 1–9 key, taking it from the tag that had it; null takes its key away. Call inside a write. */
export function assignKey(c: Case, path: string, key: number | null): TagRow {
  const tag = requireTag(c, path);
  if (key !== null && (!Number.isInteger(key) || key < 1 || key > 9)) throw new CaseError("invalid", `Keyboard keys for tags are 1 to 9, not ${key}.`);
  if (tag.key === key) return tag;
  const holder = key === null ? undefined : (c.db.prepare("SELECT id, path FROM tags WHERE key = ? AND id <> ?").get(key, tag.id) as { id: number; path: string } | undefined);
  if (holder) c.db.prepare("UPDATE tags SET key = NULL WHERE id = ?").run(holder.id);
  c.db.prepare("UPDATE tags SET key = ? WHERE id = ?").run(key, tag.id);
  appendAudit(c, { action: "tag.key", entity: "tag", entityId: tag.id, detail: { path: tag.path, from: tag.key, to: key, ...(holder ? { takenFrom: holder.path } : {}) } });
  return requireTag(c, tag.path);
}

/** Longest description kept (characters): a hover text, not a memo. */
const MAX_DESCRIPTION = 2000;

export interface TagChange {
  path: string;
  /** A new name under the same parent, or (with "/") a whole new path. */
  name?: string;
  /** A new parent path; null moves the tag to the top level. */
  parent?: string | null;
  color?: string;
  key?: number | null;
  description?: string;
}

/** Renames, moves, recolours, re-keys and describes a tag; its highlights keep it. Call inside a write. */
export function updateTag(c: Case, change: TagChange): TagRow {
  let tag = requireTag(c, change.path);
  if (change.name !== undefined || change.parent !== undefined) {
    const name = change.name ?? tag.name;
    if (name.includes("/") && change.parent !== undefined) throw new CaseError("invalid", "Give either a new path as the name, or a name and a parent, not both.");
    const currentParent = tag.path.includes("/") ? tag.path.slice(0, tag.path.lastIndexOf("/")) : null;
    const parent = change.parent === undefined ? currentParent : change.parent;
    const target = normalizeTagPath(name.includes("/") || parent === null ? name : `${parent}/${name}`);
    if (target !== tag.path) tag = renameTag(c, tag.path, target);
  }
  if (change.color !== undefined) {
    const color = checkColor(change.color);
    if (color !== tag.color) {
      c.db.prepare("UPDATE tags SET color = ? WHERE id = ?").run(color, tag.id);
      appendAudit(c, { action: "tag.color", entity: "tag", entityId: tag.id, detail: { path: tag.path, from: tag.color, to: color } });
    }
  }
  if (change.key !== undefined) tag = assignKey(c, tag.path, change.key);
  if (change.description !== undefined) {
    const description = change.description.trim();
    if (description.length > MAX_DESCRIPTION) throw new CaseError("invalid", `A tag's description is at most ${MAX_DESCRIPTION} characters.`);
    if (description !== tag.description) {
      c.db.prepare("UPDATE tags SET description = ? WHERE id = ?").run(description, tag.id);
      appendAudit(c, { action: "tag.describe", entity: "tag", entityId: tag.id, detail: { path: tag.path, description } });
    }
  }
  return requireTag(c, tag.path);
}

/** How many highlights carry a tag (with and without its sub-tags): what deleting it would touch. */
export function tagUsage(c: Case, path: string): TagUsage {
  const tag = requireTag(c, path);
  const ids = tagAndDescendantIds(c, tag.path);
  const count = (sql: string, ...args: unknown[]) => (c.db.prepare(sql).get(...args) as { n: number }).n;
  return {
    path: tag.path,
    annotations: count("SELECT count(DISTINCT annotation_id) AS n FROM annotation_tags WHERE tag_id IN (SELECT value FROM json_each(?))", JSON.stringify(ids)),
    direct: count("SELECT count(*) AS n FROM annotation_tags WHERE tag_id = ?", tag.id),
    subTags: (c.db.prepare("SELECT path FROM tags WHERE path LIKE ? ESCAPE '\\' ORDER BY path COLLATE NOCASE").all(`${escapeLike(tag.path)}/%`) as { path: string }[]).map((r) => r.path),
  };
}

/** Deletes a tag and its descendants; annotations keep their other tags. Call inside a write. */
export function deleteTag(c: Case, path: string): { removed: string[]; untagged: number } {
  const tag = requireTag(c, path);
  const doomed = c.db.prepare("SELECT id, path FROM tags WHERE id = ? OR path LIKE ? ESCAPE '\\' ORDER BY length(path) DESC").all(tag.id, `${escapeLike(tag.path)}/%`) as {
    id: number;
    path: string;
  }[];
  let untagged = 0;
  for (const d of doomed) {
    untagged += c.db.prepare("DELETE FROM annotation_tags WHERE tag_id = ?").run(d.id).changes;
    c.db.prepare("DELETE FROM tags WHERE id = ?").run(d.id);
  }
  appendAudit(c, { action: "tag.delete", entity: "tag", entityId: tag.id, detail: { paths: doomed.map((d) => d.path), untagged } });
  return { removed: doomed.map((d) => d.path), untagged };
}

export function listTags(c: Case): TagView[] {
  const rows = c.db
    .prepare(
      `SELECT t.*, (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id) AS count FROM tags t ORDER BY t.path COLLATE NOCASE`,
    )
    .all() as (TagRow & { count: number })[];
  return rows.map((r) => ({ id: r.id, name: r.name, path: r.path, color: r.color, key: r.key, description: r.description, count: r.count }));
}

/** The ids of a tag and every tag below it. */
export function tagAndDescendantIds(c: Case, path: string): number[] {
  const tag = requireTag(c, path);
  return (c.db.prepare("SELECT id FROM tags WHERE id = ? OR path LIKE ? ESCAPE '\\'").all(tag.id, `${escapeLike(tag.path)}/%`) as { id: number }[]).map((r) => r.id);
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
