// Memos: rich-text documents written in the case (a Lexical editor state whose evidence quotes keep
// highlight ids, never the quoted words), with how many quotes each holds for the list. The case's
// citation template, when it has one, is the "citation_template" row of case_meta.
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 100,
  name: "create-memos",
  up: `
    CREATE TABLE memos (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      content TEXT NOT NULL CHECK (json_valid(content)),
      quotes INTEGER NOT NULL DEFAULT 0 CHECK (quotes >= 0),
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX memos_updated ON memos(updated_at DESC, id DESC);
  `,
};
