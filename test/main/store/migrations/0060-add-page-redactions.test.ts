import { describe, expect, it } from "vitest";
import { migrate } from "../../../../main/store/migrations/run";
import { migratedTo, SHA } from "./migrate-to";

describe("migration 0060: redaction boxes on pages", () => {
  it("adds redactions_json to existing pages, defaulting to none, and keeps it valid JSON", () => {
    const db = migratedTo(50);
    db.prepare("INSERT INTO blobs VALUES (?, 1)").run(SHA("a"));
    db.prepare("INSERT INTO documents (id, sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (1, ?, 'pdf', 't', 'application/pdf', 1, ?, 'now')").run(SHA("a"), SHA("a"));
    db.prepare("INSERT INTO pages (document_id, page_index, start, end) VALUES (1, 0, 0, 0)").run();
    expect(migrate(db, 60)).toEqual([60]);
    expect(db.prepare("SELECT redactions_json FROM pages").get()).toEqual({ redactions_json: "[]" });
    expect(() => db.prepare("UPDATE pages SET redactions_json = 'not json'").run()).toThrow(/CHECK/);
  });
});
