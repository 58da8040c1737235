// Creating and opening a case file (plain, or encrypted with a passphrase): checks the file is ours
// before SQLite may touch it, then migrates.
import Database from "better-sqlite3-multiple-ciphers";
import { closeSync, constants, accessSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { CaseError, explainSqliteError } from "./case-error";
import { applyKey, checkNewPassphrase, classifyHeader, rememberPassphrase, type FileKind } from "./cipher";
import { SCHEMA_VERSION } from "./migrations";
import { migrate } from "./migrations/run";

/** "CsMk" as a big-endian int: SQLite's application_id for Casemark case files. */
export const APPLICATION_ID = 0x43734d6b;
/** Queries slower than this are logged (DESIGN.md). */
const SLOW_QUERY_MS = 40;

export interface Case {
  readonly db: Database.Database;
  readonly path: string;
  readonly readonly: boolean;
  /** Who is recorded as the author of changes (audit log, annotations). */
  readonly actor: string;
  /** Whether the file is encrypted (its passphrase is kept apart, see cipher.ts). */
  readonly encrypted: boolean;
}

export interface OpenOptions {
  readonly?: boolean;
  actor?: string;
  /** Unlocks an encrypted case; ignored for a plain one. */
  passphrase?: string;
}

export interface CreateOptions {
  title?: string;
  actor?: string;
  /** Encrypts the new case with this passphrase. */
  passphrase?: string;
}

/** Reads the SQLite header by hand so a file that is not ours is never opened by SQLite. */
function readHeader(path: string): FileKind {
  const fd = openSync(path, "r");
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return classifyHeader(header.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Whether the file at `path` is an encrypted case (by its header; the passphrase is not checked). */
export function isEncryptedFile(path: string): boolean {
  try {
    return statSync(path).isFile() && readHeader(path).kind === "encrypted";
  } catch {
    return false;
  }
}

/** Options for a connection: the native module built for this runtime (Electron's, when main passes it). */
export function sqliteOptions(readonly: boolean, fileMustExist: boolean): Database.Options {
  const nativeBinding = process.env.CASEMARK_SQLITE_BINDING;
  return { readonly, fileMustExist, ...(nativeBinding ? { nativeBinding } : {}) };
}

function configure(db: Database.Database, readonly: boolean): void {
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  if (!readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
  }
}

/** A file without write bits is read-only by intent, even for root (who could write it anyway). */
function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return (statSync(path).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

function defaultActor(): string {
  return process.env.CASEMARK_AUTHOR || process.env.USER || process.env.USERNAME || "casemark";
}

function withSlowQueryLog(db: Database.Database): Database.Database {
  if (process.env.CASEMARK_LOG_SLOW !== "1") return db;
  const prepare = db.prepare.bind(db);
  (db as { prepare: typeof db.prepare }).prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ["run", "get", "all"] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const started = performance.now();
        try {
          return original(...args);
        } finally {
          const took = performance.now() - started;
          if (took > SLOW_QUERY_MS) process.stderr.write(`casemark: slow query (${took.toFixed(0)} ms): ${sql.trim().slice(0, 200)}\n`);
        }
      };
    }
    return statement;
  }) as typeof db.prepare;
  return db;
}

/** Creates a new, empty case file with the default codebook; refuses to overwrite anything. */
export function createCase(path: string, options: CreateOptions = {}): Case {
  if (existsSync(path)) throw new CaseError("exists", `${path} already exists; choose a new file name for the case.`);
  const { passphrase } = options;
  if (passphrase !== undefined) checkNewPassphrase(passphrase);
  const db = new Database(path, sqliteOptions(false, false));
  // Keyed before the first page is written, so nothing of the case ever reaches the disk in the clear.
  if (passphrase !== undefined) applyKey(db, passphrase);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  configure(db, false);
  migrate(db);
  const id = randomUUID();
  const insert = db.prepare("INSERT INTO case_meta (key, value) VALUES (?, ?)");
  db.transaction(() => {
    insert.run("id", id);
    insert.run("title", options.title?.trim() || "Untitled case");
    insert.run("created_at", new Date().toISOString());
  })();
  // Header fields must be in the main file, not only in the WAL, for readHeader() to see them.
  db.pragma("wal_checkpoint(TRUNCATE)");
  return withPassphrase({ db: withSlowQueryLog(db), path, readonly: false, actor: options.actor ?? defaultActor(), encrypted: passphrase !== undefined }, passphrase);
}

/** Keeps the passphrase an encrypted case was unlocked with, for its backups. */
function withPassphrase(c: Case, passphrase: string | undefined): Case {
  if (c.encrypted && passphrase !== undefined) rememberPassphrase(c, passphrase);
  return c;
}

/** Opens an existing case file, read-only when asked or when the file cannot be written. */
export function openCase(path: string, options: OpenOptions = {}): Case {
  if (!existsSync(path)) throw new CaseError("missing", `No case file at ${path}.`);
  if (statSync(path).isDirectory()) throw new CaseError("not-a-case", `${path} is a folder, not a Casemark case file.`);
  const header = readHeader(path);
  if (header.kind === "other") throw new CaseError("not-a-case", `${path} is not a Casemark case file (it is not an SQLite database).`);
  if (header.kind === "plain") {
    if (header.applicationId !== APPLICATION_ID) {
      throw new CaseError("not-a-case", `${path} is an SQLite database but not a Casemark case file; it was left untouched.`);
    }
    if (header.userVersion > SCHEMA_VERSION) throw tooNew(path, header.userVersion);
  }
  const encrypted = header.kind === "encrypted";
  const passphrase = encrypted ? options.passphrase : undefined;
  if (encrypted && !passphrase) throw new CaseError("needs-passphrase", `${path} is an encrypted case: its passphrase is needed to open it.`);
  const readonly = options.readonly === true || !isWritable(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, sqliteOptions(readonly, true));
    if (passphrase) unlock(db, path, passphrase);
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw tooNew(path, version);
    db.prepare("SELECT count(*) FROM sqlite_schema").get();
    configure(db, readonly);
    if (version < SCHEMA_VERSION) {
      if (readonly) throw new CaseError("read-only", `${path} was made by an older Casemark and must be upgraded, but it is read-only; copy it somewhere writable first.`);
      migrate(db);
    }
    return withPassphrase({ db: withSlowQueryLog(db), path, readonly, actor: options.actor ?? defaultActor(), encrypted }, passphrase);
  } catch (error) {
    db?.close();
    throw explainSqliteError(error, path);
  }
}

/**
 * Keys the connection and proves the passphrase by reading the header through the cipher; a wrong one
 * fails on that first read, before SQLite has written anything, so the file is left as it was.
 */
function unlock(db: Database.Database, path: string, passphrase: string): void {
  applyKey(db, passphrase);
  let applicationId: number;
  try {
    applicationId = db.pragma("application_id", { simple: true }) as number;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_NOTADB") {
      throw new CaseError("wrong-passphrase", `Wrong passphrase for ${path}: it does not unlock this case (if you are sure of it, the file may be damaged; restore it from a backup). Nothing was changed.`);
    }
    throw error;
  }
  if (applicationId !== APPLICATION_ID) {
    throw new CaseError("not-a-case", `${path} is an encrypted SQLite database but not a Casemark case file; it was left untouched.`);
  }
}

function tooNew(path: string, version: number): CaseError {
  return new CaseError(
    "too-new",
    `${path} was made by a newer Casemark (schema ${version}; this version knows up to ${SCHEMA_VERSION}). Update Casemark to open it; the file was left untouched.`,
  );
}

export function closeCase(c: Case): void {
  try {
    // Best effort: it may write statistics, and another writer may hold the lock (then do not wait).
    if (!c.readonly && c.db.open) {
      c.db.pragma("busy_timeout = 0");
      c.db.pragma("optimize");
    }
  } catch {
    // Closing must not fail, nor hide the error that made the caller close.
  }
  c.db.close();
}

/** Throws the user-facing read-only error before any write is attempted. */
export function assertWritable(c: Case): void {
  if (c.readonly) throw new CaseError("read-only", `The case file ${c.path} is open read-only; changes cannot be saved.`);
}

export function caseMeta(c: Case): Record<string, string> {
  const rows = c.db.prepare("SELECT key, value FROM case_meta").all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement kept for the life of the connection: preparing is most of the cost of a
 * small insert, and imports run the same few statements thousands of times.
 * Not for statements that are iterated while the same SQL may run again.
 */
export function sql(c: Case, text: string): Database.Statement {
  let cache = statements.get(c.db);
  if (!cache) statements.set(c.db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = c.db.prepare(text)));
  return statement;
}
