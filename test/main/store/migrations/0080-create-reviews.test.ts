import { describe, expect, it } from "vitest";
import { migrate } from "../../../../main/store/migrations/run";
import { migratedTo, SHA, tables } from "./migrate-to";

describe("migration 0080: review marks", () => {
  it("keeps one mark per message and per document, 0 or 1 only, gone with what it marks", () => {
    const db = migratedTo(70);
    db.prepare("INSERT INTO blobs VALUES (?, 1)").run(SHA("a"));
    db.prepare("INSERT INTO documents (id, sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (1, ?, 'email', 't', 'message/rfc822', 1, ?, 'now')").run(SHA("a"), SHA("a"));
    db.prepare("INSERT INTO threads (id, subject, subject_key) VALUES (1, 's', 's')").run();
    db.prepare("INSERT INTO messages (id, document_id, ordinal, start, end, body_start, thread_id) VALUES (1, 1, 0, 0, 1, 0, 1)").run();
    expect(migrate(db, 80)).toEqual([80]);
    expect(tables(db)).toEqual(expect.arrayContaining(["message_reviews", "document_reviews"]));
    db.prepare("INSERT INTO message_reviews (message_id, reviewed, reviewed_at, author, modified_at) VALUES (1, 1, 'now', 'me', 'now')").run();
    db.prepare("INSERT INTO document_reviews (document_id, flagged, flagged_at, author, modified_at) VALUES (1, 1, 'now', 'me', 'now')").run();
    expect(() => db.prepare("INSERT INTO message_reviews (message_id, author, modified_at) VALUES (1, 'me', 'now')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE message_reviews SET reviewed = 2").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO document_reviews (document_id, author, modified_at) VALUES (9, 'me', 'now')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM messages").run();
    db.prepare("DELETE FROM documents").run();
    expect(db.prepare("SELECT (SELECT count(*) FROM message_reviews) + (SELECT count(*) FROM document_reviews) AS n").get()).toEqual({ n: 0 });
  });
});
