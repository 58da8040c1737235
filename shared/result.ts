// Errors as data across process boundaries: every fallible service call returns a Result.

export interface AppError {
  /** A stable, machine-readable code, e.g. "not-a-case", "read-only". */
  code: string;
  /** A sentence a user can act on. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Ends an exhaustive switch: the compiler proves this is unreachable. */
export function missingCase(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}
