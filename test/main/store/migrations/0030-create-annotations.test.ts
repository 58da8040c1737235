import { describe, expect, it } from "vitest";
import { migratedTo, SHA, tables } from "./migrate-to";

describe("migration 0030: tags and annotations", () => {
  it("creates its tables and the default codebook with keys 1–3", () => {
    const db = migratedTo(30);
    expect(tables(db)).toEqual(expect.arrayContaining(["tags", "annotations", "annotation_tags"]));
    expect(db.prepare("SELECT path, key FROM tags ORDER BY key").all()).toEqual([
      { path: "order", key: 1 },
      { path: "response", key: 2 },
      { path: "failure report", key: 3 },
    ]);
  });

  it("refuses a duplicate key, a key outside 1–9 and a colour that is not #rrggbb", () => {
    const db = migratedTo(30);
    const insert = db.prepare("INSERT INTO tags (path, name, color, key) VALUES (?, ?, ?, ?)");
    expect(() => insert.run("x", "x", "#000000", 1)).toThrow(/UNIQUE/);
    expect(() => insert.run("y", "y", "#000000", 12)).toThrow(/CHECK/);
    expect(() => insert.run("z", "z", "red", null)).toThrow(/CHECK/);
    expect(() => insert.run("ORDER", "ORDER", "#000000", null)).toThrow(/UNIQUE/); // paths are case-insensitive
  });

  it("refuses empty ranges and removes tag links with their annotation", () => {
    const db = migratedTo(30);
    db.prepare("INSERT INTO blobs VALUES (?, 1)").run(SHA("a"));
    db.prepare("INSERT INTO documents (id, sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (1, ?, 'text', 't', 'text/plain', 1, ?, 'now')").run(SHA("a"), SHA("a"));
    const insert = db.prepare("INSERT INTO annotations (id, document_id, start, end, exact, prefix, suffix, sort_key, author, created_at, modified_at) VALUES (?, 1, ?, ?, 'x', '', '', 'k', 'me', 'now', 'now')");
    expect(() => insert.run("a1", 5, 5)).toThrow(/CHECK/);
    insert.run("a2", 0, 1);
    db.prepare("INSERT INTO annotation_tags VALUES ('a2', 1)").run();
    db.prepare("DELETE FROM annotations WHERE id = 'a2'").run();
    expect(db.prepare("SELECT count(*) AS n FROM annotation_tags").get()).toEqual({ n: 0 });
  });
});
