// The cipher of encrypted case files (SQLite3MultipleCiphers' ChaCha20-Poly1305): recognising an
// encrypted file by its header, keying a connection, and the passphrase an open case was unlocked with.
import type Database from "better-sqlite3-multiple-ciphers";
import { CaseError } from "./case-error";

/** Named on every connection, so a future default of the library never changes how our files are read. */
export const CIPHER = "chacha20";

/** What the first 100 bytes of a file say it is. */
export type FileKind =
  | { kind: "plain"; applicationId: number; userVersion: number }
  /** SQLite3MultipleCiphers keeps bytes 16–23 of the header readable (page size, format, reserve). */
  | { kind: "encrypted" }
  | { kind: "other" };

const SQLITE_MAGIC = "SQLite format 3\u0000";

/** Tells a plain SQLite header, an encrypted one and anything else apart, from the file's first 100 bytes. */
export function classifyHeader(header: Buffer): FileKind {
  if (header.byteLength < 100) return { kind: "other" };
  if (header.toString("latin1", 0, 16) === SQLITE_MAGIC) {
    return { kind: "plain", userVersion: header.readInt32BE(60), applicationId: header.readInt32BE(68) };
  }
  // Bytes 0–15 hold the cipher's salt; 16–23 stay as SQLite wrote them: a power-of-two page size
  // (1 means 65536), file format versions 1 or 2, the bytes each page reserves (the cipher's nonce
  // and tag) and the three payload fractions every SQLite file has (64, 32, 32).
  const pageSize = header.readUInt16BE(16);
  const validPageSize = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
  const versions = [header[18], header[19]].every((v) => v === 1 || v === 2);
  const fractions = header[21] === 64 && header[22] === 32 && header[23] === 32;
  return validPageSize && versions && (header[20] ?? 0) > 0 && fractions ? { kind: "encrypted" } : { kind: "other" };
}

/**
 * The key bytes of a passphrase: UTF-8 of its NFC form, so the same words typed on another system
 * (which may compose accents differently) open the case too.
 */
export function passphraseKey(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize("NFC"), "utf8");
}

/** Refuses a passphrase that could not protect anything. */
export function checkNewPassphrase(passphrase: string): void {
  if (passphrase.trim().length === 0) throw new CaseError("invalid", "The passphrase is empty; choose one to encrypt the case with.");
}

/**
 * Keys a new or just-opened connection; must come before anything reads the file. Temporary tables
 * and sorts stay in memory, since SQLite's temporary files are not encrypted.
 */
export function applyKey(db: Database.Database, passphrase: string): void {
  db.pragma(`cipher = '${CIPHER}'`);
  db.key(passphraseKey(passphrase));
  db.pragma("temp_store = MEMORY");
}

/** Re-encrypts a connection's database under another passphrase (the database must not be in WAL mode). */
export function applyRekey(db: Database.Database, passphrase: string): void {
  db.pragma(`cipher = '${CIPHER}'`);
  db.pragma("temp_store = MEMORY");
  db.rekey(passphraseKey(passphrase));
}

/** The passphrase each open encrypted case was unlocked with (for its backups); never serialised with it. */
const passphrases = new WeakMap<object, string>();

export function rememberPassphrase(c: object, passphrase: string): void {
  passphrases.set(c, passphrase);
}

export function passphraseOf(c: object): string | undefined {
  return passphrases.get(c);
}
