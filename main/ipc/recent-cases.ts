// The cases opened before, newest first, kept in a small JSON file in Casemark's home folder.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CaseInfo, RecentCase } from "../../shared/ipc";

/** How many cases the list remembers. */
const KEEP = 10;

type Entry = Omit<RecentCase, "exists">;

function isEntry(value: unknown): value is Entry {
  const e = value as Partial<Entry> | null;
  return typeof e?.path === "string" && typeof e.title === "string" && typeof e.openedAt === "string";
}

export class RecentCases {
  constructor(private readonly file: string) {}

  private read(): Entry[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, "utf8"));
      return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, KEEP) : [];
    } catch {
      // Missing or damaged: the list only costs the user a shortcut, so start again.
      return [];
    }
  }

  list(): RecentCase[] {
    return this.read().map((e) => ({ ...e, exists: existsSync(e.path) }));
  }

  add(info: CaseInfo): void {
    const path = resolve(info.path);
    const entries = [{ path, title: info.title, openedAt: new Date().toISOString() }, ...this.read().filter((e) => resolve(e.path) !== path)].slice(0, KEEP);
    const temporary = `${this.file}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(entries, null, 2));
      renameSync(temporary, this.file);
    } catch {
      // A read-only home folder: the case still opens, it just is not remembered.
    }
  }
}
