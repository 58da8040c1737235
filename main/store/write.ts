// Every change to a case goes through here: one transaction, refused up front on a read-only case.
import { assertWritable, type Case } from "./case-file";
import { explainSqliteError } from "./case-error";

export function write<T>(c: Case, change: () => T): T {
  assertWritable(c);
  try {
    return c.db.transaction(change)();
  } catch (error) {
    throw explainSqliteError(error, c.path);
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
