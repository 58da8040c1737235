// Review progress: whether each message and each document has been reviewed or flagged, when and by whom.
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 80,
  name: "create-reviews",
  up: `
    -- No row means neither reviewed nor flagged.
    CREATE TABLE message_reviews (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
      flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
      reviewed_at TEXT,
      flagged_at TEXT,
      author TEXT NOT NULL,
      modified_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE document_reviews (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
      flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
      reviewed_at TEXT,
      flagged_at TEXT,
      author TEXT NOT NULL,
      modified_at TEXT NOT NULL
    ) STRICT;
  `,
};
