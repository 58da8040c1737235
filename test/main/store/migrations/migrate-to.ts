// A database migrated exactly to one schema version, for the per-migration tests.
import Database from "better-sqlite3-multiple-ciphers";
import { migrate } from "../../../../main/store/migrations/run";

export function migratedTo(version: number): Database.Database {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  migrate(db, version);
  return db;
}

export function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

export const SHA = (ch: string) => ch.repeat(64);
