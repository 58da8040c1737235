// The one error type the store throws: a code a caller can branch on and a sentence a user can act on.

export type CaseErrorCode =
  | "missing"
  | "exists"
  | "not-a-case"
  | "too-new"
  | "corrupt"
  | "read-only"
  | "not-found"
  | "invalid"
  | "no-case"
  /** Another process (the app, a command) holds the case's write lock for longer than we wait. */
  | "busy"
  /** A destructive change that the caller must confirm (e.g. deleting a tag highlights carry). */
  | "needs-confirmation"
  /** The case is encrypted and no passphrase was given: ask for one and try again. */
  | "needs-passphrase"
  /** The passphrase given does not unlock the case (the file is left as it was). */
  | "wrong-passphrase"
  /** The disk is full, or the case file is at a size limit: the change being written was rolled back. */
  | "disk-full"
  /** The disk failed a write or read (full, at a limit, removed, failing): the change being written was rolled back. */
  | "io-error";

export class CaseError extends Error {
  constructor(
    readonly code: CaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CaseError";
  }
}

/** SQLite error codes (better-sqlite3-multiple-ciphers' `code`) that mean the file itself is damaged. */
const DAMAGE_CODES = new Set(["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_SEQUENCE"]);

/** Turns SQLite's own errors about the file into CaseErrors; anything else passes through. */
export function explainSqliteError(error: unknown, path: string): unknown {
  const code = (error as { code?: string } | null)?.code ?? "";
  if (DAMAGE_CODES.has(code) || code.startsWith("SQLITE_CORRUPT")) {
    return new CaseError("corrupt", `The case file ${path} is damaged (${code}); run "casemark verify" on a copy and restore from a backup.`);
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new CaseError("busy", `The case file ${path} is being changed by another Casemark window or command; nothing was changed. Try again when it has finished.`);
  }
  if (code === "SQLITE_FULL") {
    return new CaseError("disk-full", `The case file ${path} could not be written: its disk is full (SQLITE_FULL). The change being written was not saved; the case holds everything saved before it. Free some space and try again.`);
  }
  if (code.startsWith("SQLITE_IOERR")) {
    return new CaseError("io-error", `The case file ${path} could not be written or read (${code}): its disk may be full, at a file size limit, removed or failing. The change being written was not saved; the case holds everything saved before it. Free some space or check the disk, and try again.`);
  }
  if (code.startsWith("SQLITE_READONLY")) {
    return new CaseError("read-only", `The case file ${path} is read-only; changes cannot be saved. Copy it somewhere writable to edit it.`);
  }
  return error;
}
