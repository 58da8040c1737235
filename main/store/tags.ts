// The codebook: tags nested by path ("failure report/missed deadline"), with colour and a 1–9 key.
import type { TagView } from "../../shared/model";
import type { Case } from "./case-file";
import { CaseError } from "./case-error";
import { appendAudit } from "./audit";

/** Colours handed to new tags in turn; chosen to stay readable under dark text. */
const PALETTE = ["#51cf66", "#cc5de8", "#ffd43b", "#20c997", "#ff922b", "#748ffc", "#f783ac", "#a9e34b", "#66d9e8"];

interface TagRow {
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

function checkColor(color: string): string {
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

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
