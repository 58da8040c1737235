// Writes an export so that it is either complete under its final name or not there at all: into a
// temporary file beside it, flushed, then renamed over the final name.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    const fd = openSync(temporary, "w");
    try {
      writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The W3C Web Annotation collection as the file Casemark writes. */
export const annotationsJson = (collection: unknown): string => `${JSON.stringify(collection, null, 2)}\n`;
