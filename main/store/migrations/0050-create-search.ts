// Full-text search (FTS5, bm25): one row per message, page, or message-less text document, and one per note.
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 50,
  name: "create-search",
  up: `
    CREATE VIRTUAL TABLE text_index USING fts5(
      body, subject, people,
      document_id UNINDEXED, message_id UNINDEXED, page_index UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );

    -- Notes change, so triggers keep their index true; rowid is the annotation's rowid.
    CREATE VIRTUAL TABLE note_index USING fts5(
      note,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
    CREATE TRIGGER annotations_note_insert AFTER INSERT ON annotations WHEN new.note_text <> ''
      BEGIN INSERT INTO note_index (rowid, note) VALUES (new.rowid, new.note_text); END;
    CREATE TRIGGER annotations_note_update AFTER UPDATE OF note_text ON annotations
      BEGIN
        DELETE FROM note_index WHERE rowid = old.rowid;
        INSERT INTO note_index (rowid, note) SELECT new.rowid, new.note_text WHERE new.note_text <> '';
      END;
    CREATE TRIGGER annotations_note_delete AFTER DELETE ON annotations
      BEGIN DELETE FROM note_index WHERE rowid = old.rowid; END;
  `,
};
