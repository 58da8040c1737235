// Every change to a case goes through here: one transaction, refused up front on a read-only case.
// BEGIN IMMEDIATE takes the write lock first, so a second writer (the app and a command on the same
// file) waits its turn (busy_timeout) instead of failing half-way, and is told clearly if it waited too long.
import { assertWritable, type Case } from "./case-file";
import { explainSqliteError } from "./case-error";

export function write<T>(c: Case, change: () => T): T {
  assertWritable(c);
  try {
    return c.db.transaction(change).immediate();
  } catch (error) {
    throw explainSqliteError(error, c.path);
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
