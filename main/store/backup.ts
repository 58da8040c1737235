// A copy of a case while it is in use: SQLite's online backup (a consistent snapshot even while the app
// writes), made under a temporary name beside the destination, verified, then renamed into place — so a
// crash, a full disk or a damaged copy never leaves a half-written file under the name the user chose.
// An encrypted case is copied with VACUUM INTO instead (the online backup cannot write an encrypted
// file): also a consistent snapshot, encrypted with the case's passphrase from its first page.
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CaseError } from "./case-error";
import { closeCase, openCase, type Case } from "./case-file";
import { passphraseOf } from "./cipher";
import { verifyCase, type VerifyReport } from "./verify";

export interface BackupResult {
  path: string;
  bytes: number;
  verify: VerifyReport;
}

/** Pages copied per step; between steps the app keeps working (better-sqlite3-multiple-ciphers runs them on its event loop). */
const PAGES_PER_STEP = 4096;

export async function backupCase(c: Case, destination: string, onProgress?: (done: number, total: number) => void): Promise<BackupResult> {
  const path = resolve(destination);
  if (path === resolve(c.path)) throw new CaseError("invalid", "A backup cannot replace the case it copies; choose another file name.");
  if (existsSync(path)) throw new CaseError("exists", `${path} already exists; choose a new file name for the backup.`);
  if (!existsSync(dirname(path))) throw new CaseError("missing", `The folder ${dirname(path)} does not exist.`);
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  try {
    const passphrase = passphraseOf(c);
    if (c.encrypted) {
      if (!passphrase) throw new CaseError("needs-passphrase", `${c.path} is encrypted, and its passphrase is needed to check the copy.`);
      // One step (SQLite has no incremental form of it), so progress is only its start and end.
      onProgress?.(0, 1);
      c.db.prepare("VACUUM INTO ?").run(partial);
      onProgress?.(1, 1);
    } else {
      await c.db.backup(partial, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress?.(totalPages - remainingPages, totalPages);
          return PAGES_PER_STEP;
        },
      });
    }
    const copy = openCase(partial, { readonly: true, ...(c.encrypted && passphrase ? { passphrase } : {}) });
    if (copy.encrypted !== c.encrypted) {
      closeCase(copy);
      throw new CaseError("corrupt", "The copy is not encrypted as the case is, so it was not kept.");
    }
    let verify: VerifyReport;
    try {
      verify = verifyCase(copy);
    } finally {
      closeCase(copy);
    }
    if (!verify.ok) throw new CaseError("corrupt", `The copy did not verify, so it was not kept: ${verify.problems.slice(0, 3).join("; ")}`);
    renameSync(partial, path);
    return { path, bytes: statSync(path).size, verify };
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as { code?: string }).code;
    if (code === "ENOSPC" || code === "SQLITE_FULL") throw new CaseError("invalid", `The disk is full: the backup was not made (${path}); the case is unchanged.`);
    if (code === "EACCES" || code === "EROFS" || code === "SQLITE_CANTOPEN" || code === "SQLITE_READONLY") {
      throw new CaseError("read-only", `Cannot write ${path}: the folder is read-only. The case is unchanged.`);
    }
    throw error;
  }
}
