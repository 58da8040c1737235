// Original files, byte-exact, in chunks under SQLite's blob limit, addressed by SHA-256.
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { sql, type Case } from "./case-file";

/** 4 MiB: large enough for few rows, far below SQLite's 1 GB blob limit. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function hasBlob(c: Case, sha: string): boolean {
  return sql(c, "SELECT 1 FROM blobs WHERE sha256 = ?").get(sha) !== undefined;
}

/** Stores bytes held in memory; a no-op when the blob is already there. Call inside a write. */
export function putBlob(c: Case, sha: string, bytes: Uint8Array): void {
  if (hasBlob(c, sha)) return;
  sql(c, "INSERT INTO blobs (sha256, size) VALUES (?, ?)").run(sha, bytes.byteLength);
  const insert = sql(c, "INSERT INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?)");
  for (let seq = 0, at = 0; at < bytes.byteLength || seq === 0; seq++, at += CHUNK_BYTES) {
    insert.run(sha, seq, Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(CHUNK_BYTES, bytes.byteLength - at)));
  }
}

/** Calls `each` with successive chunks of a file, reading CHUNK_BYTES at a time. */
function readFileChunks(path: string, each: (chunk: Buffer) => void): void {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) each(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 and size of a file, streamed so memory does not grow with it. */
export function hashFile(path: string): { sha256: string; size: number } {
  const hash = createHash("sha256");
  let size = 0;
  readFileChunks(path, (chunk) => {
    hash.update(chunk);
    size += chunk.byteLength;
  });
  return { sha256: hash.digest("hex"), size };
}

/** Stores a file streamed from disk under a hash computed beforehand. Call inside a write. */
export function putBlobFromFile(c: Case, sha: string, size: number, path: string): void {
  if (hasBlob(c, sha)) return;
  sql(c, "INSERT INTO blobs (sha256, size) VALUES (?, ?)").run(sha, size);
  const insert = sql(c, "INSERT INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?)");
  let seq = 0;
  readFileChunks(path, (chunk) => insert.run(sha, seq++, Buffer.from(chunk)));
  if (seq === 0) insert.run(sha, 0, Buffer.alloc(0));
}

/**
 * Reads byte ranges of stored blobs, keeping the chunks last read: reading the messages of an
 * mbox in order then touches each chunk once instead of once per message.
 */
export class BlobReader {
  private sha = "";
  private chunks = new Map<number, Buffer>();

  constructor(private readonly c: Case) {}

  private chunk(sha: string, seq: number): Buffer {
    if (sha !== this.sha) {
      this.sha = sha;
      this.chunks.clear();
    }
    let data = this.chunks.get(seq);
    if (!data) {
      const row = sql(this.c, "SELECT data FROM blob_chunks WHERE sha256 = ? AND seq = ?").get(sha, seq) as { data: Buffer } | undefined;
      data = row?.data ?? Buffer.alloc(0);
      // Two chunks cover any range that crosses one chunk edge; older ones are dropped.
      if (this.chunks.size >= 2) this.chunks.delete(this.chunks.keys().next().value!);
      this.chunks.set(seq, data);
    }
    return data;
  }

  /** Bytes [offset, offset + length) of a stored blob. */
  read(sha: string, offset: number, length: number): Buffer {
    const first = Math.floor(offset / CHUNK_BYTES);
    const last = Math.floor((offset + Math.max(length, 1) - 1) / CHUNK_BYTES);
    const parts: Buffer[] = [];
    for (let seq = first; seq <= last; seq++) parts.push(this.chunk(sha, seq));
    const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const start = offset - first * CHUNK_BYTES;
    return joined.subarray(start, start + length);
  }
}

/** Bytes [offset, offset + length) of a stored blob. */
export function readBlobRange(c: Case, sha: string, offset: number, length: number): Buffer {
  return new BlobReader(c).read(sha, offset, length);
}

/** Walks every chunk of a blob in order, for hashing without loading it whole. */
export function eachBlobChunk(c: Case, sha: string, each: (chunk: Buffer) => void): void {
  const rows = c.db.prepare("SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY seq").iterate(sha) as Iterable<{ data: Buffer }>;
  for (const row of rows) each(row.data);
}
