import { describe, expect, it } from "vitest";
import { migratedTo, SHA } from "./migrate-to";

describe("migration 0050: full-text search", () => {
  it("creates FTS5 tables that rank with bm25 and fold diacritics", () => {
    const db = migratedTo(50);
    db.prepare("INSERT INTO text_index (body, subject, people, document_id) VALUES (?, '', '', 1)").run("Déjà vu: the tasking failed");
    const hit = db.prepare("SELECT document_id, bm25(text_index) AS score FROM text_index WHERE text_index MATCH 'deja'").get() as { document_id: number; score: number };
    expect(hit.document_id).toBe(1);
    expect(hit.score).toBeLessThan(0);
  });

  it("keeps the note index in step with annotations through triggers", () => {
    const db = migratedTo(50);
    db.prepare("INSERT INTO blobs VALUES (?, 1)").run(SHA("a"));
    db.prepare("INSERT INTO documents (id, sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (1, ?, 'text', 't', 'text/plain', 1, ?, 'now')").run(SHA("a"), SHA("a"));
    db.prepare("INSERT INTO annotations (id, document_id, start, end, exact, prefix, suffix, sort_key, note_text, author, created_at, modified_at) VALUES ('a', 1, 0, 1, 'x', '', '', 'k', 'first thought', 'me', 'now', 'now')").run();
    const count = (q: string) => (db.prepare("SELECT count(*) AS n FROM note_index WHERE note_index MATCH ?").get(q) as { n: number }).n;
    expect(count("thought")).toBe(1);
    db.prepare("UPDATE annotations SET note_text = 'second idea' WHERE id = 'a'").run();
    expect(count("thought")).toBe(0);
    expect(count("idea")).toBe(1);
    db.prepare("DELETE FROM annotations WHERE id = 'a'").run();
    expect(count("idea")).toBe(0);
  });
});
