import Database from "better-sqlite3-multiple-ciphers";
import { chmodSync, copyFileSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPLICATION_ID, caseMeta, closeCase, createCase, openCase } from "../../../main/store/case-file";
import { SCHEMA_VERSION } from "../../../main/store/migrations";
import { addTag } from "../../../main/store/tags";
import { write } from "../../../main/store/write";
import { tempDir } from "../../support/temp";

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function made(): string {
  const path = join(tempDir(), "a.casemark");
  closeCase(createCase(path, { title: "A" }));
  return path;
}

describe("createCase", () => {
  it("makes a WAL case with foreign keys, our application_id and the newest schema", () => {
    const c = createCase(join(tempDir(), "new.casemark"), { title: "FOIA 2017-ICLI-00026" });
    expect(c.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(c.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(c.db.pragma("application_id", { simple: true })).toBe(APPLICATION_ID);
    expect(c.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(caseMeta(c)).toMatchObject({ title: "FOIA 2017-ICLI-00026" });
    expect(caseMeta(c).id).toMatch(/^[0-9a-f-]{36}$/);
    closeCase(c);
  });

  it("refuses to overwrite an existing file", () => {
    const path = made();
    expect(() => createCase(path)).toThrow(/already exists/);
  });
});

describe("openCase refuses what it cannot use, leaving the file untouched", () => {
  it("a missing file", () => {
    expect(() => openCase(join(tempDir(), "nope.casemark"))).toThrowError(expect.objectContaining({ code: "missing" }));
  });

  it("a file that is not SQLite", () => {
    const path = join(tempDir(), "notes.casemark");
    writeFileSync(path, "just some text, not a database\n".repeat(10));
    const before = hash(path);
    expect(() => openCase(path)).toThrowError(expect.objectContaining({ code: "not-a-case", message: expect.stringMatching(/not an SQLite database/) }));
    expect(hash(path)).toBe(before);
  });

  it("an SQLite database of another program", () => {
    const path = join(tempDir(), "other.sqlite");
    const db = new Database(path);
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    db.close();
    const before = hash(path);
    expect(() => openCase(path)).toThrowError(expect.objectContaining({ code: "not-a-case", message: expect.stringMatching(/not a Casemark case/) }));
    expect(hash(path)).toBe(before);
  });

  it("a case from a newer Casemark", () => {
    const path = made();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    const before = hash(path);
    expect(() => openCase(path)).toThrowError(expect.objectContaining({ code: "too-new", message: expect.stringMatching(/newer Casemark/) }));
    expect(hash(path)).toBe(before);
  });

  it("a damaged file", () => {
    const path = made();
    const size = readFileSync(path).byteLength;
    const fd = openSync(path, "r+");
    // Keep the 100-byte header (it still looks like ours) and wreck the schema page behind it.
    writeSync(fd, Buffer.alloc(Math.min(4000, size - 100), 0x5a), 0, Math.min(4000, size - 100), 100);
    closeSync(fd);
    expect(() => openCase(path)).toThrowError(expect.objectContaining({ code: "corrupt", message: expect.stringMatching(/damaged/) }));
  });

  it("a folder", () => {
    expect(() => openCase(tempDir())).toThrowError(expect.objectContaining({ code: "not-a-case" }));
  });
});

describe("read-only cases", () => {
  it("open for reading when asked, and refuse writes with a clear message", () => {
    const path = made();
    const c = openCase(path, { readonly: true });
    expect(c.readonly).toBe(true);
    expect(caseMeta(c).title).toBe("A");
    expect(() => write(c, () => addTag(c, { path: "x" }))).toThrowError(expect.objectContaining({ code: "read-only", message: expect.stringMatching(/read-only/) }));
    closeCase(c);
  });

  it("open read-only when the file has no write permission, without changing it", () => {
    const path = made();
    const copy = join(tempDir(), "locked.casemark");
    copyFileSync(path, copy);
    chmodSync(copy, 0o444);
    const before = hash(copy);
    const c = openCase(copy);
    expect(c.readonly).toBe(true);
    expect(() => write(c, () => addTag(c, { path: "x" }))).toThrow(/read-only/);
    closeCase(c);
    expect(hash(copy)).toBe(before);
  });
});
