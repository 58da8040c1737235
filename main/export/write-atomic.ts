// Writes an export so that it is either complete under its final name or not there at all: into a
// temporary "<name>.casemark-partial-<pid>" beside it, every byte written and flushed, then renamed
// over the final name. What a killed export left behind is removed by the next export into that
// folder, and a full disk or a folder that cannot be written is told in words (a CaseError), never as
// a stack trace.
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { CaseError, type CaseErrorCode } from "../store/case-error";

/** Named so that nothing but Casemark's export makes such a name, so only ours are ever removed. */
const PARTIAL = ".casemark-partial-";
const TEMPORARY = /^(.+)\.casemark-partial-(\d+)$/;
/** The temporary an export of this process writes before it takes `path`'s name. */
export const temporaryName = (path: string): string => `${path}${PARTIAL}${process.pid}`;
/** What a bundle's work folder holds (bundle.ts): anything else in a folder means it is not ours. */
const BUNDLE_FILES = new Set(["evidence.csv", "evidence.xlsx", "chronology.md", "chronology.pdf", "highlights.jsonld", "manifest.json"]);
/** A folder is cleaned at most this often by one process (a folder export writes many files into it). */
const CLEAN_EVERY_MS = 60_000;
const NO_ROOM: CaseErrorCode = "disk-full";

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  removeStaleTemporaries(dirname(path));
  const temporary = temporaryName(path);
  try {
    const fd = openSync(temporary, "w");
    try {
      writeAll(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw explainWriteError(error, path);
  }
}

/**
 * A write may take fewer bytes than it was given (the disk filling up, a file size limit): go on until
 * all are written, so that the error comes from the write that cannot proceed, never a short file.
 */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.byteLength; ) {
    const written = writeSync(fd, bytes, at, bytes.byteLength - at);
    if (written <= 0) throw Object.assign(new Error("the disk took no more bytes"), { code: "EIO" });
    at += written;
  }
}

/**
 * A new, empty temporary folder beside `out` (for a folder export such as the bundle), after removing
 * what killed exports left there; the caller renames it to `out` when it is complete.
 */
export function makeTemporaryFolder(out: string): string {
  removeStaleTemporaries(dirname(out));
  const work = temporaryName(out);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
  } catch (error) {
    throw explainWriteError(error, out);
  }
  return work;
}

/** Makes a folder to export into (and the folders above it), explaining a failure. */
export function ensureFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw explainWriteError(error, path);
  }
}

/** Renames a complete temporary (file or folder) to its final name, explaining a failure. */
export function renameIntoPlace(temporary: string, path: string): void {
  try {
    renameSync(temporary, path);
  } catch (error) {
    throw explainWriteError(error, path);
  }
}

/**
 * A write that failed for want of room or permission: a CaseError (the command line prints it, the
 * window shows it) that stops the whole export, unlike a document that cannot be annotated.
 */
export class WriteFailed extends CaseError {
  constructor(code: CaseErrorCode, message: string) {
    super(code, message);
    this.name = "WriteFailed";
  }
}

/**
 * What the user asked for that `path` is part of: the path itself, or for a file inside a temporary
 * folder of this process (a bundle being written), that folder's final name.
 */
function finalTarget(path: string): { shown: string; final: string } {
  const parts = path.split(sep);
  const at = parts.findIndex((part) => part.endsWith(`${PARTIAL}${process.pid}`));
  if (at < 0 || at === parts.length - 1) return { shown: path, final: path };
  const final = parts.slice(0, at + 1).join(sep).slice(0, -`${PARTIAL}${process.pid}`.length);
  return { shown: `${final} (${parts.slice(at + 1).join("/")})`, final };
}

/** A file system error met while writing `path`, as a WriteFailed a user can act on; anything else as it was. */
export function explainWriteError(error: unknown, path: string): unknown {
  if (error instanceof CaseError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  const { shown, final } = finalTarget(path);
  const folder = dirname(final);
  const nothing = `Nothing was written under ${basename(final)}`;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return new WriteFailed(NO_ROOM, `Cannot write ${shown}: the disk is full (${code}). ${nothing}; free some space, or export to another disk, and try again.`);
    case "EFBIG":
      return new WriteFailed(NO_ROOM, `Cannot write ${shown}: the file is larger than this disk or this system allows (EFBIG). ${nothing}; export to another disk, or a smaller selection.`);
    case "EACCES":
    case "EPERM":
      return new WriteFailed("read-only", `Cannot write into ${folder}: permission denied (${code}). ${nothing}; choose a folder you can write to.`);
    case "EROFS":
      return new WriteFailed("read-only", `Cannot write into ${folder}: it is on a read-only disk (EROFS). ${nothing}; choose a folder on a writable disk.`);
    case "ENOENT":
    case "ENOTDIR":
      return new WriteFailed("invalid", `Cannot write ${shown}: the folder ${folder} does not exist (${code}). ${nothing}; choose an existing folder.`);
    case "EIO":
      return new WriteFailed("invalid", `Cannot write ${shown}: the disk reported an input/output error (EIO); it may have been removed or be failing. ${nothing}.`);
    default:
      return error;
  }
}

const cleaned = new Map<string, number>();

/**
 * Removes from `folder` what exports that died (killed, power lost) left there: entries named
 * "<name>.casemark-partial-<pid>" whose process no longer runs. Carefully: only regular files, and folders that
 * hold nothing but what a bundle writes; never a symbolic link, never what a live process is writing.
 * (An export running on another computer into a shared folder cannot be seen; losing its temporary
 * makes that export fail with an error, never leaves a broken file under a final name.)
 * Returns the names removed.
 */
export function removeStaleTemporaries(folder: string): string[] {
  const last = cleaned.get(folder);
  if (last !== undefined && Date.now() - last < CLEAN_EVERY_MS) return [];
  cleaned.set(folder, Date.now());
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed; // a folder that cannot be listed: the write itself will say why
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || running(Number(match[2]))) continue;
    const path = join(folder, name);
    try {
      const stat = lstatSync(path);
      if (stat.isFile() || (stat.isDirectory() && isBundleWork(path))) {
        rmSync(path, { recursive: stat.isDirectory() });
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** Whether process `pid` runs here (one of another user's processes counts: it cannot be signalled, but it runs). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A bundle's unfinished work folder: its files, their temporaries, and `annotated/` of PDFs. */
function isBundleWork(folder: string): boolean {
  const ours = (name: string, allowed: (name: string) => boolean) => allowed(name) || (TEMPORARY.test(name) && allowed(TEMPORARY.exec(name)![1]!));
  for (const name of readdirSync(folder)) {
    const stat = lstatSync(join(folder, name));
    if (name === "annotated" && stat.isDirectory()) {
      for (const pdf of readdirSync(join(folder, name))) {
        if (!lstatSync(join(folder, name, pdf)).isFile() || !ours(pdf, (n) => n.endsWith(".pdf"))) return false;
      }
    } else if (!stat.isFile() || !ours(name, (n) => BUNDLE_FILES.has(n))) {
      return false;
    }
  }
  return true;
}

/** The W3C Web Annotation collection as the file Casemark writes. */
export const annotationsJson = (collection: unknown): string => `${JSON.stringify(collection, null, 2)}\n`;
