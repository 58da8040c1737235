import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHUNK_BYTES, hashFile, putBlob, putBlobFromFile, readBlobRange, sha256 } from "../../../main/store/blobs";
import { write } from "../../../main/store/write";
import { newCase, tempDir } from "../../support/temp";

describe("blobs", () => {
  const bytes = randomBytes(CHUNK_BYTES * 2 + 1234);
  const sha = sha256(bytes);

  it("stores bytes in chunks and reads any range back exactly, across chunk edges", () => {
    const c = newCase();
    write(c, () => putBlob(c, sha, bytes));
    expect((c.db.prepare("SELECT count(*) AS n FROM blob_chunks WHERE sha256 = ?").get(sha) as { n: number }).n).toBe(3);
    for (const [offset, length] of [[0, 10], [CHUNK_BYTES - 5, 10], [CHUNK_BYTES * 2, 1234], [0, bytes.byteLength], [17, 0]] as const) {
      expect(readBlobRange(c, sha, offset, length).equals(bytes.subarray(offset, offset + length))).toBe(true);
    }
  });

  it("streams a file in with the same hash and bytes, and stores the same bytes once", () => {
    const c = newCase();
    const path = join(tempDir(), "big.bin");
    writeFileSync(path, bytes);
    const { sha256: fileSha, size } = hashFile(path);
    expect(fileSha).toBe(sha);
    write(c, () => {
      putBlobFromFile(c, fileSha, size, path);
      putBlob(c, sha, bytes);
    });
    expect(c.db.prepare("SELECT count(*) AS n FROM blobs").get()).toEqual({ n: 1 });
    expect(readBlobRange(c, sha, 0, size).equals(bytes)).toBe(true);
  });

  it("keeps empty files", () => {
    const c = newCase();
    const empty = new Uint8Array(0);
    write(c, () => putBlob(c, sha256(empty), empty));
    expect(readBlobRange(c, sha256(empty), 0, 0).byteLength).toBe(0);
  });
});
