// The codebook (tags, nested by path) and annotations: ranges of canonical text with redundant selectors.
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 30,
  name: "create-annotations",
  up: `
    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (path <> '' AND path NOT LIKE '%//%'),
      name TEXT NOT NULL,
      parent_id INTEGER REFERENCES tags(id),
      color TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      key INTEGER UNIQUE CHECK (key BETWEEN 1 AND 9),
      description TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- The default codebook every case starts with.
    INSERT INTO tags (path, name, color, key, description) VALUES
      ('order', 'order', '#f59f00', 1, 'An instruction or tasking: who asked whom to do what, by when.'),
      ('response', 'response', '#4dabf7', 2, 'A reply to an order: what was done, sent or promised.'),
      ('failure report', 'failure report', '#ff6b6b', 3, 'A report that a tasking was missed or failed.');

    CREATE TABLE annotations (
      id TEXT PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id),
      start INTEGER NOT NULL CHECK (start >= 0),
      end INTEGER NOT NULL CHECK (end > start),
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      page_index INTEGER,
      quads_json TEXT CHECK (quads_json IS NULL OR json_valid(quads_json)),
      sort_key TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'drifted', 'orphaned')),
      note_json TEXT CHECK (note_json IS NULL OR json_valid(note_json)),
      note_text TEXT NOT NULL DEFAULT '',
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      modified_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annotations_document ON annotations(document_id, sort_key);

    CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (annotation_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);
  `,
};
