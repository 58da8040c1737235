// Argument checks shared by commands, each failing with a UsageError a user can act on.
import { UsageError } from "./exit";

export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a whole number of 1 or more, not "${value}"`);
  return n;
}

export function documentId(value: string | undefined): number | undefined {
  return positiveInt("--doc", value);
}

/** Commander collector for options that may repeat, e.g. --tag a --tag b. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
