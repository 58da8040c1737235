// Messages (emails, native or segmented from print), their threads, and PDF pages: ranges of canonical text.
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 20,
  name: "create-messages",
  up: `
    CREATE TABLE threads (
      id INTEGER PRIMARY KEY,
      subject TEXT NOT NULL,
      subject_key TEXT NOT NULL
    ) STRICT;
    CREATE INDEX threads_subject_key ON threads(subject_key);

    CREATE TABLE messages (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id),
      ordinal INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL CHECK (end >= start),
      body_start INTEGER NOT NULL,
      -- ISO 8601 in the sender's own offset; date_utc is the same instant in UTC, for ordering.
      date TEXT,
      date_utc TEXT,
      date_raw TEXT,
      from_name TEXT,
      from_address TEXT,
      to_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(to_json)),
      cc_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cc_json)),
      bcc_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(bcc_json)),
      subject TEXT,
      message_id TEXT,
      in_reply_to TEXT,
      references_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(references_json)),
      thread_id INTEGER NOT NULL REFERENCES threads(id),
      page_start INTEGER,
      page_end INTEGER,
      page_stamp TEXT,
      exemptions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exemptions_json)),
      UNIQUE (document_id, ordinal)
    ) STRICT;
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE INDEX messages_in_reply_to ON messages(in_reply_to);
    CREATE INDEX messages_thread ON messages(thread_id, date_utc);
    CREATE INDEX messages_date ON messages(date_utc);

    -- Every Message-ID a message names (In-Reply-To and References), to find its replies fast.
    CREATE TABLE message_references (
      ref TEXT NOT NULL,
      message_id INTEGER NOT NULL REFERENCES messages(id),
      PRIMARY KEY (ref, message_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE pages (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id),
      page_index INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL CHECK (end >= start),
      width REAL,
      height REAL,
      stamp TEXT,
      exemptions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exemptions_json)),
      ocr INTEGER NOT NULL DEFAULT 0 CHECK (ocr IN (0, 1)),
      ocr_confidence REAL,
      boxes BLOB,
      UNIQUE (document_id, page_index)
    ) STRICT;
  `,
};
