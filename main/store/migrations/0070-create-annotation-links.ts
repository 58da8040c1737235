// Linked passages: a typed relation from one highlight to another ("responds to", "fulfils", …).
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 70,
  name: "create-annotation-links",
  up: `
    -- A link goes when either highlight is deleted; undoing the delete puts it back (main/store/links.ts).
    CREATE TABLE annotation_links (
      id INTEGER PRIMARY KEY,
      from_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      to_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      relation TEXT NOT NULL CHECK (relation IN ('responds to', 'fulfils', 'reports failure of', 'contradicts')),
      created_at TEXT NOT NULL,
      author TEXT NOT NULL,
      CHECK (from_id <> to_id),
      UNIQUE (from_id, to_id, relation)
    ) STRICT;
    CREATE INDEX annotation_links_to ON annotation_links(to_id);
  `,
};
