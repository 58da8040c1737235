// Exit codes: 0 done, 1 done with some files failed, 2 bad usage or an unusable case file.

export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

/** Thrown for bad arguments; the CLI prints the message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
