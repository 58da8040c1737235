// Encrypting a plain case and changing an encrypted case's passphrase. Either way a new encrypted copy
// is written beside the case, checked (it opens with the new passphrase, verifies, and holds every row
// the case held), then renamed over the case in one step: a crash or a failed check at any moment
// leaves the case as it was, never a half-encrypted file.
//
// The -wal file: first the case is taken out of WAL mode, which SQLite only allows when no other
// connection has it open (the app, another command): every committed change in the -wal goes into
// the case file and the -wal and -shm are removed. The case stays locked until the copy has replaced
// it, so nothing can be written to the old file meanwhile; the new file opens in WAL mode again.
import Database from "better-sqlite3-multiple-ciphers";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { appendAudit } from "./audit";
import { CaseError, explainSqliteError } from "./case-error";
import { closeCase, isEncryptedFile, openCase, sqliteOptions, type Case } from "./case-file";
import { applyKey, applyRekey, checkNewPassphrase, CIPHER } from "./cipher";
import { verifyCase, type VerifyReport } from "./verify";
import { write } from "./write";

export interface EncryptResult {
  path: string;
  /** The check of the new file before it replaced the case. */
  verify: VerifyReport;
}

interface Options {
  actor?: string;
}

/** Encrypts a plain case in place with `passphrase`. */
export function encryptCase(path: string, passphrase: string, options: Options = {}): EncryptResult {
  return rewrite(path, undefined, passphrase, options);
}

/** Re-encrypts an encrypted case under `next`; `current` must unlock it. */
export function changePassphrase(path: string, current: string, next: string, options: Options = {}): EncryptResult {
  return rewrite(path, current, next, options);
}

function rewrite(path: string, current: string | undefined, next: string, options: Options): EncryptResult {
  checkNewPassphrase(next);
  if (current === undefined && isEncryptedFile(path)) throw new CaseError("invalid", `${path} is already encrypted; to change its passphrase, use "casemark passphrase".`);
  const source = openCase(path, { ...(current !== undefined ? { passphrase: current } : {}), ...(options.actor ? { actor: options.actor } : {}) });
  let released = false;
  const release = () => {
    // Not closeCase(): after the rename, nothing may write through this connection (a journal it made
    // would be named after the new file).
    if (!released) source.db.close();
    released = true;
  };
  const partial = join(dirname(path), `${partialPrefix(path)}${process.pid}`);
  try {
    if (current !== undefined && !source.encrypted) throw new CaseError("invalid", `${path} is not encrypted; to encrypt it, use "casemark encrypt".`);
    if (source.readonly) throw new CaseError("read-only", `The case file ${path} is read-only; it cannot be encrypted in place. Nothing was changed.`);
    takeOver(source);
    removeLeftovers(path);
    const before = tableCounts(source.db);
    source.db.prepare("VACUUM INTO ?").run(partial);
    rekeyFile(partial, current, next);
    const verify = checkCopy(partial, next, before, current === undefined ? "case.encrypt" : "case.passphrase", options);
    if (existsSync(`${path}-wal`) || existsSync(`${partial}-wal`)) {
      throw new CaseError("busy", `A write-ahead log appeared beside ${path} while it was being encrypted; nothing was changed. Close every Casemark window and command using it, then try again.`);
    }
    replace(partial, path, release);
    return { path, verify };
  } catch (error) {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
    throw explainSqliteError(error, path);
  } finally {
    release();
  }
}

function partialPrefix(path: string): string {
  return `.${basename(path)}.encrypting-`;
}

/**
 * Leaves WAL mode (refused while another connection has the case open) and keeps an exclusive lock
 * until the connection closes, so no one reads a file about to be replaced or writes to it unseen.
 */
function takeOver(c: Case): void {
  try {
    c.db.pragma("busy_timeout = 1000");
    const mode = c.db.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw Object.assign(new Error("still in WAL mode"), { code: "SQLITE_BUSY" });
    c.db.pragma("locking_mode = EXCLUSIVE");
    c.db.exec("BEGIN EXCLUSIVE; COMMIT");
  } catch (error) {
    if (String((error as { code?: string }).code ?? "").startsWith("SQLITE_BUSY")) {
      throw new CaseError("busy", `${c.path} is open in Casemark or in another command; close it there, then try again. Nothing was changed.`);
    }
    throw error;
  }
}

/** Copies of an earlier run that was interrupted (safe to remove: this run holds the case's lock). */
function removeLeftovers(path: string): void {
  const prefix = partialPrefix(path);
  for (const name of readdirSync(dirname(path))) if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
}

/** Encrypts (or re-encrypts) the copy in place: it is not in WAL mode, so SQLite3MultipleCiphers can. */
function rekeyFile(file: string, current: string | undefined, next: string): void {
  const db = new Database(file, sqliteOptions(false, true));
  try {
    // An encrypted copy stays encrypted throughout (temporary data in memory). A plain one is
    // rewritten once to make room for the cipher's nonce and tag, with SQLite's usual temporary file:
    // it holds nothing the plain case file beside it does not.
    if (current !== undefined) applyKey(db, current);
    db.pragma("journal_mode = DELETE");
    applyRekey(db, next);
  } finally {
    db.close();
  }
}

/** Row counts of every table (FTS and its shadow tables included). */
function tableCounts(db: Database.Database): Map<string, number> {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return new Map(names.map((name) => [name, (db.prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`).pluck().get() as number) ?? 0]));
}

/** Opens the copy with the new passphrase, compares it with the case, records the change, verifies it. */
function checkCopy(file: string, passphrase: string, before: Map<string, number>, action: string, options: Options): VerifyReport {
  const copy = openCase(file, { passphrase, ...(options.actor ? { actor: options.actor } : {}) });
  try {
    if (!copy.encrypted) throw new CaseError("corrupt", "The encrypted copy came out unencrypted, so it was not kept. Nothing was changed.");
    const after = tableCounts(copy.db);
    for (const [table, count] of before) {
      if (after.get(table) !== count) {
        throw new CaseError("corrupt", `The encrypted copy does not hold every row of ${table} (${after.get(table) ?? 0} of ${count}), so it was not kept. Nothing was changed.`);
      }
    }
    write(copy, () => appendAudit(copy, { action, entity: "case", detail: { cipher: CIPHER } }));
    const report = verifyCase(copy);
    if (!report.ok) throw new CaseError("corrupt", `The encrypted copy did not verify, so it was not kept (nothing was changed): ${report.problems.slice(0, 3).join("; ")}`);
    // Out of WAL mode before closing, so the copy is one whole file when it is renamed.
    copy.db.pragma("journal_mode = DELETE");
    return report;
  } finally {
    closeCase(copy);
  }
}

/**
 * Renames the copy over the case. Where a file cannot be replaced while open (Windows), the case's
 * connection closes first; elsewhere it keeps its lock until the new file is in place.
 */
function replace(partial: string, path: string, release: () => void): void {
  try {
    renameSync(partial, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "EPERM" && code !== "EACCES" && code !== "EBUSY") throw error;
    release();
    renameSync(partial, path);
  }
}
