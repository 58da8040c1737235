// Expands the paths a user gave into the files to import: folders recursively, in a stable order.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export interface FoundFile {
  path: string;
  /** Set when the path could not be read at all (missing, permission denied). */
  error?: string;
}

/** Names that are never documents: OS litter and version-control folders. */
const IGNORED = new Set([".DS_Store", "Thumbs.db", "desktop.ini", ".git", ".svn", "__MACOSX"]);

export function findFiles(paths: string[]): FoundFile[] {
  const found: FoundFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, given: boolean): void => {
    const full = resolve(path);
    if (seen.has(full)) return;
    seen.add(full);
    let stat;
    try {
      stat = statSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      found.push({ path, error: code === "ENOENT" ? "no such file or folder" : `cannot read it (${code ?? (error as Error).message})` });
      return;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(full).sort();
      } catch (error) {
        found.push({ path, error: `cannot list this folder (${(error as NodeJS.ErrnoException).code})` });
        return;
      }
      for (const name of names) if (!IGNORED.has(name)) visit(join(path, name), false);
    } else if (stat.isFile()) {
      found.push({ path });
    } else if (given) {
      found.push({ path, error: "not a regular file" });
    }
  };
  for (const path of paths) visit(path, true);
  return found;
}
