import { describe, expect, it } from "vitest";
import { migratedTo, SHA, tables } from "./migrate-to";

describe("migration 0010: case, blobs, documents", () => {
  it("creates its tables and sets user_version 10", () => {
    const db = migratedTo(10);
    expect(db.pragma("user_version", { simple: true })).toBe(10);
    expect(tables(db)).toEqual(expect.arrayContaining(["case_meta", "blobs", "blob_chunks", "documents", "document_texts"]));
  });

  it("keys documents by SHA-256 and refuses a second copy of the same bytes", () => {
    const db = migratedTo(10);
    db.prepare("INSERT INTO blobs VALUES (?, 3)").run(SHA("a"));
    const insert = db.prepare("INSERT INTO documents (sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (?, 'text', 't', 'text/plain', 3, ?, 'now')");
    insert.run(SHA("a"), SHA("a"));
    expect(() => insert.run(SHA("a"), SHA("a"))).toThrow(/UNIQUE/);
  });

  it("refuses unknown kinds, bad hashes and documents without their bytes", () => {
    const db = migratedTo(10);
    const insert = db.prepare("INSERT INTO documents (sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (?, ?, 't', 'x', 1, ?, 'now')");
    expect(() => insert.run(SHA("b"), "spreadsheet", SHA("b"))).toThrow(/CHECK/);
    expect(() => insert.run("short", "text", SHA("b"))).toThrow(/CHECK/);
    expect(() => insert.run(SHA("b"), "text", SHA("b"))).toThrow(/FOREIGN KEY/);
  });

  it("is STRICT: a string is not accepted as a size", () => {
    const db = migratedTo(10);
    expect(() => db.prepare("INSERT INTO blobs VALUES (?, 'big')").run(SHA("c"))).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
