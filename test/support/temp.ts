// Temporary folders and cases for tests, removed when the test file ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { createCase, closeCase, type Case } from "../../main/store/case-file";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "casemark-test-"));
  made.push(dir);
  return dir;
}

/** A new case in a temporary folder; the test closes it (or leaves it to the process). */
export function newCase(title = "Test case"): Case {
  return createCase(join(tempDir(), "test.casemark"), { title, actor: "tester" });
}

export { closeCase };
