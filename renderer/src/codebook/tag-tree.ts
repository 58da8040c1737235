// The codebook as a tree: tags ordered parent first by path segments, with their depth, and the tags a
// tag may move under or merge into (never itself or one below it).
import type { TagView } from '../../../shared/model';

export interface TreeRow {
  tag: TagView;
  /** 1 for a top-level tag (aria-level). */
  level: number;
  /** The closest listed ancestor's path, or null at the top. */
  parent: string | null;
  hasChildren: boolean;
  /** Position among its siblings, from 1, and how many siblings there are (aria-posinset/setsize). */
  position: number;
  siblings: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares paths segment by segment, so "a/b" sorts right after "a" and before "a b". */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const order = collator.compare(x[i]!, y[i]!) || (x[i]! < y[i]! ? -1 : x[i]! > y[i]! ? 1 : 0);
    if (order !== 0) return order;
  }
  return x.length - y.length;
}

export function parentPath(path: string): string | null {
  const at = path.lastIndexOf('/');
  return at < 0 ? null : path.slice(0, at);
}

export function isSameOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** Rows in tree order: each tag, then the tags below it. A tag whose parent is missing sits under its closest listed ancestor. */
export function buildTree(tags: readonly TagView[]): TreeRow[] {
  const sorted = [...tags].sort((a, b) => comparePaths(a.path, b.path));
  const paths = new Set(sorted.map((t) => t.path));
  const ancestor = (path: string): string | null => {
    for (let p = parentPath(path); p !== null; p = parentPath(p)) if (paths.has(p)) return p;
    return null;
  };
  const parents = new Map(sorted.map((t) => [t.path, ancestor(t.path)]));
  const level = (path: string): number => {
    const p = parents.get(path) ?? null;
    return p === null ? 1 : level(p) + 1;
  };
  const siblings = new Map<string | null, string[]>();
  for (const t of sorted) {
    const p = parents.get(t.path) ?? null;
    siblings.set(p, [...(siblings.get(p) ?? []), t.path]);
  }
  return sorted.map((tag) => {
    const parent = parents.get(tag.path) ?? null;
    const group = siblings.get(parent)!;
    return { tag, level: level(tag.path), parent, hasChildren: siblings.has(tag.path), position: group.indexOf(tag.path) + 1, siblings: group.length };
  });
}

/** Tags `tag` may be moved under or merged into: all but itself and those below it. */
export function otherTags(tags: readonly TagView[], tag: TagView): TagView[] {
  return tags.filter((t) => !isSameOrBelow(t.path, tag.path)).sort((a, b) => comparePaths(a.path, b.path));
}

/** The tags below a path, nearest first. */
export function tagsBelow(tags: readonly TagView[], path: string): TagView[] {
  return tags.filter((t) => t.path !== path && isSameOrBelow(t.path, path)).sort((a, b) => comparePaths(a.path, b.path));
}

/** "1 highlight", "3 highlights". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
