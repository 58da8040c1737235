// Applies schema steps in order, each in its own transaction with the user_version it reaches.
import type Database from "better-sqlite3-multiple-ciphers";
import { MIGRATIONS } from "./index";

/** Migrates up to `target` (default: the newest); returns the versions applied. */
export function migrate(db: Database.Database, target = Infinity): number[] {
  const current = db.pragma("user_version", { simple: true }) as number;
  const applied: number[] = [];
  for (const step of MIGRATIONS) {
    if (step.version <= current || step.version > target) continue;
    db.transaction(() => {
      db.exec(step.up);
      db.pragma(`user_version = ${step.version}`);
    })();
    applied.push(step.version);
  }
  return applied;
}
