import { describe, expect, it } from "vitest";
import { migratedTo, SHA, tables } from "./migrate-to";

function withDocument() {
  const db = migratedTo(20);
  db.prepare("INSERT INTO blobs VALUES (?, 1)").run(SHA("a"));
  db.prepare("INSERT INTO documents (id, sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (1, ?, 'email', 't', 'message/rfc822', 1, ?, 'now')").run(SHA("a"), SHA("a"));
  db.prepare("INSERT INTO threads (id, subject, subject_key) VALUES (1, 'S', 's')").run();
  return db;
}

describe("migration 0020: threads, messages, references, pages", () => {
  it("creates its tables on top of 0010", () => {
    const db = migratedTo(20);
    expect(db.pragma("user_version", { simple: true })).toBe(20);
    expect(tables(db)).toEqual(expect.arrayContaining(["threads", "messages", "message_references", "pages"]));
  });

  it("keeps one ordinal per message of a document and valid JSON address lists", () => {
    const db = withDocument();
    const insert = db.prepare("INSERT INTO messages (document_id, ordinal, start, end, body_start, thread_id, to_json) VALUES (1, ?, 0, 1, 0, 1, ?)");
    insert.run(0, "[]");
    expect(() => insert.run(0, "[]")).toThrow(/UNIQUE/);
    expect(() => insert.run(1, "not json")).toThrow(/CHECK/);
  });

  it("refuses a page whose range runs backwards", () => {
    const db = withDocument();
    expect(() => db.prepare("INSERT INTO pages (document_id, page_index, start, end) VALUES (1, 0, 10, 5)").run()).toThrow(/CHECK/);
  });
});
