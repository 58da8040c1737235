import { describe, expect, it } from "vitest";
import { migrate } from "../../../../main/store/migrations/run";
import { migratedTo, SHA, tables } from "./migrate-to";

describe("migration 0070: links between annotations", () => {
  it("links annotations with a known relation, never to themselves or twice, and drops links with either end", () => {
    const db = migratedTo(60);
    db.prepare("INSERT INTO blobs VALUES (?, 1)").run(SHA("a"));
    db.prepare("INSERT INTO documents (id, sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (1, ?, 'text', 't', 'text/plain', 1, ?, 'now')").run(SHA("a"), SHA("a"));
    const annotate = db.prepare("INSERT INTO annotations (id, document_id, start, end, exact, prefix, suffix, sort_key, author, created_at, modified_at) VALUES (?, 1, 0, 1, 'x', '', '', 'k', 'me', 'now', 'now')");
    for (const id of ["order", "reply", "report"]) annotate.run(id);
    expect(migrate(db, 70)).toEqual([70]);
    expect(tables(db)).toContain("annotation_links");
    const link = db.prepare("INSERT INTO annotation_links (from_id, to_id, relation, created_at, author) VALUES (?, ?, ?, 'now', 'me')");
    link.run("reply", "order", "responds to");
    link.run("report", "order", "reports failure of");
    link.run("reply", "order", "fulfils");
    expect(() => link.run("reply", "order", "responds to")).toThrow(/UNIQUE/);
    expect(() => link.run("order", "order", "contradicts")).toThrow(/CHECK/);
    expect(() => link.run("order", "reply", "agrees with")).toThrow(/CHECK/);
    expect(() => link.run("order", "missing", "contradicts")).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM annotations WHERE id = 'order'").run();
    expect(db.prepare("SELECT count(*) AS n FROM annotation_links").get()).toEqual({ n: 0 });
  });
});
