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
  | "wrong-passphrase";

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
  if (code.startsWith("SQLITE_READONLY")) {
    return new CaseError("read-only", `The case file ${path} is read-only; changes cannot be saved. Copy it somewhere writable to edit it.`);
  }
  return error;
}
