import { describe, expect, it } from "vitest";
import { migrate } from "../../../../main/store/migrations/run";
import { migratedTo, SHA } from "./migrate-to";

describe("migration 0090: where each search unit lies", () => {
  it("records every indexed unit's document, message and page under its FTS5 rowid, gone with its document", () => {
    const db = migratedTo(80);
    db.prepare("INSERT INTO blobs VALUES (?, 1)").run(SHA("a"));
    db.prepare("INSERT INTO documents (id, sha256, kind, title, media_type, size, blob_sha256, imported_at) VALUES (1, ?, 'pdf', 't', 'application/pdf', 1, ?, 'now')").run(SHA("a"), SHA("a"));
    db.prepare("INSERT INTO threads (id, subject, subject_key) VALUES (1, 's', 's')").run();
    db.prepare("INSERT INTO messages (id, document_id, ordinal, start, end, body_start, thread_id) VALUES (7, 1, 0, 0, 1, 0, 1)").run();
    db.prepare("INSERT INTO text_index (rowid, body, subject, people, document_id, message_id, page_index) VALUES (41, 'the tasking', '', '', 1, 7, NULL)").run();
    db.prepare("INSERT INTO text_index (rowid, body, subject, people, document_id, message_id, page_index) VALUES (42, 'page two', '', '', 1, NULL, 1)").run();
    expect(migrate(db, 90)).toEqual([90]);
    expect(db.prepare("SELECT id, document_id, message_id, page_index FROM text_units ORDER BY id").all()).toEqual([
      { id: 41, document_id: 1, message_id: 7, page_index: null },
      { id: 42, document_id: 1, message_id: null, page_index: 1 },
    ]);
    expect(() => db.prepare("INSERT INTO text_units (document_id) VALUES (9)").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM messages").run();
    db.prepare("DELETE FROM documents").run();
    expect(db.prepare("SELECT count(*) AS n FROM text_units").get()).toEqual({ n: 0 });
  });
});
