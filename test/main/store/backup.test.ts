// Backups: a verified copy made while the case is open and being written, never over an existing file,
// and nothing left under the chosen name when the copy cannot be made.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import { backupCase } from "../../../main/store/backup";
import { closeCase, openCase } from "../../../main/store/case-file";
import { write } from "../../../main/store/write";
import { cli } from "../../support/cli";
import { newCase, tempDir } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

function caseWithText() {
  const c = newCase("Backed up");
  const id = addTextDocument(c, "Due tonight for S1. We failed at this tasking.", "note.txt");
  write(c, () => createAnnotation(c, { documentId: id, start: 0, end: 11, tags: ["order"] }));
  return { c, id };
}

describe("backupCase", () => {
  it("writes a copy that opens, verifies and holds the same highlights, while the case stays open and writable", async () => {
    const { c, id } = caseWithText();
    const dest = join(tempDir(), "copy.casemark");
    const steps: number[] = [];
    const result = await backupCase(c, dest, (done) => steps.push(done));
    expect(result.verify).toMatchObject({ ok: true, problems: [] });
    expect(result.bytes).toBeGreaterThan(0);
    expect(steps.length).toBeGreaterThan(0);
    write(c, () => createAnnotation(c, { documentId: id, start: 20, end: 26, tags: ["failure report"] }));
    const copy = openCase(dest, { readonly: true });
    try {
      expect(listAnnotations(copy).map((a) => a.quote)).toEqual(["Due tonight"]);
    } finally {
      closeCase(copy);
    }
    expect(listAnnotations(c)).toHaveLength(2);
    closeCase(c);
  });

  it("never overwrites a file or copies onto itself, and leaves nothing behind when it refuses", async () => {
    const { c } = caseWithText();
    const dir = tempDir();
    const taken = join(dir, "taken.casemark");
    writeFileSync(taken, "precious");
    await expect(backupCase(c, taken)).rejects.toMatchObject({ code: "exists" });
    await expect(backupCase(c, c.path)).rejects.toMatchObject({ code: "invalid" });
    await expect(backupCase(c, join(dir, "no", "such", "x.casemark"))).rejects.toMatchObject({ code: "missing" });
    expect(readdirSync(dir)).toEqual(["taken.casemark"]);
    closeCase(c);
  });

  it("is `casemark backup <case> <dest>`, refusing an existing destination with exit 2", () => {
    const { c } = caseWithText();
    closeCase(c);
    const dest = join(tempDir(), "b.casemark");
    const run = cli(["backup", c.path, dest, "--json"]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ path: dest, verify: { ok: true } });
    expect(existsSync(dest)).toBe(true);
    const again = cli(["backup", c.path, dest]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
