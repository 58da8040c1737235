// The same case open twice (the app and a command): a second writer waits for the first to finish,
// and when it has waited too long it is refused with a clear message, the case unchanged.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { closeCase } from "../../../main/store/case-file";
import { addTag, listTags } from "../../../main/store/tags";
import { write } from "../../../main/store/write";
import { cli } from "../../support/cli";
import { newCase } from "../../support/temp";

/** Another process that takes the case's write lock, says "locked", holds it `ms` (or until killed), then commits. */
async function holdWriteLock(path: string, ms: number) {
  const holder = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require("better-sqlite3-multiple-ciphers"))(process.argv[1]);
       db.pragma("journal_mode = WAL");
       db.exec("BEGIN IMMEDIATE");
       db.prepare("INSERT INTO case_meta (key, value) VALUES ('held', 'yes')").run();
       console.log("locked");
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
       db.exec("COMMIT");
       db.close();`,
      path,
      String(ms),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: holder.stdout });
  await new Promise<void>((resolve, reject) => {
    lines.once("line", (line) => (line === "locked" ? resolve() : reject(new Error(line))));
    holder.once("exit", (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  const done = new Promise<number | null>((resolve) => holder.once("exit", resolve));
  return { done, kill: () => holder.kill("SIGKILL") };
}

describe("two writers on one case", () => {
  it("the second waits while the first holds the lock briefly, then writes", async () => {
    const c = newCase();
    const holder = await holdWriteLock(c.path, 1500);
    // The lock is held now; this write can only succeed by waiting for it.
    write(c, () => addTag(c, { path: "waited" }));
    expect(listTags(c).map((t) => t.path)).toContain("waited");
    expect((c.db.prepare("SELECT value FROM case_meta WHERE key = 'held'").get() as { value: string }).value).toBe("yes");
    expect(await holder.done).toBe(0);
    closeCase(c);
  });

  it("a command that waited too long is refused with a clear message and exit 2, the case unchanged", async () => {
    const c = newCase();
    closeCase(c);
    // Held until the command has given up; then the holder dies without committing.
    const holder = await holdWriteLock(c.path, 600_000);
    const run = cli(["tags", "add", c.path, "too late"]);
    holder.kill();
    await holder.done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/being changed by another Casemark window or command; nothing was changed/);
    expect(cli(["tags", c.path, "--json"]).stdout).not.toMatch(/too late/);
  });
});
