// Case metadata and the byte-exact store of original files (chunked, keyed by SHA-256) and documents.
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 10,
  name: "create-case",
  up: `
    CREATE TABLE case_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE blobs (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      size INTEGER NOT NULL CHECK (size >= 0)
    ) STRICT;

    -- Chunks keep any file under SQLite's blob limit; seq counts from 0.
    CREATE TABLE blob_chunks (
      id INTEGER PRIMARY KEY,
      sha256 TEXT NOT NULL REFERENCES blobs(sha256),
      seq INTEGER NOT NULL,
      data BLOB NOT NULL,
      UNIQUE (sha256, seq)
    ) STRICT;

    -- A document's identity is the SHA-256 of its own bytes, which are the range
    -- [blob_offset, blob_offset + size) of a blob: its own file's, or its container's (an mbox).
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
      kind TEXT NOT NULL CHECK (kind IN ('email', 'mbox', 'text', 'html', 'pdf', 'msg', 'attachment')),
      title TEXT NOT NULL,
      file_name TEXT,
      source_path TEXT,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
      blob_offset INTEGER NOT NULL DEFAULT 0,
      parent_id INTEGER REFERENCES documents(id),
      container_index INTEGER,
      import_state TEXT NOT NULL DEFAULT 'complete' CHECK (import_state IN ('complete', 'partial')),
      imported_at TEXT NOT NULL,
      page_count INTEGER NOT NULL DEFAULT 0,
      info TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(info))
    ) STRICT;
    CREATE INDEX documents_parent ON documents(parent_id, container_index);

    -- The canonical text (shared/anchoring/normalize.ts); every stored offset counts UTF-16 units of it.
    CREATE TABLE document_texts (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id),
      text TEXT NOT NULL
    ) STRICT;
  `,
};
