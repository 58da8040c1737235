// kill -9 during a large import, at many moments: the case stays sound, nothing is half there,
// and importing again resumes, reporting what was committed as duplicate.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { closeCase, openCase, type Case } from "../../main/store/case-file";
import { verifyCase } from "../../main/store/verify";
import { cli, cliProcess } from "../support/cli";
import { writeMbox } from "../support/generate-mbox";
import { tempDir } from "../support/temp";

const MESSAGES = 4000;
/** Kill points, one in each of as many equal slices of the first 3.5 s (start-up, storing the mbox, its messages). */
const KILLS = 12;
let dir: string;
let mbox: string;

beforeAll(async () => {
  dir = tempDir();
  mbox = join(dir, "release.mbox");
  await writeMbox(mbox, MESSAGES, 26);
});

/** Invariants of a sound case: every document whole, every email message indexed once. */
function halfThere(c: Case): string[] {
  const q = (sql: string) => (c.db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  return [
    ...q("SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM document_texts)").map((id) => `document ${id} has no text`),
    ...q("SELECT d.id FROM documents d WHERE d.kind = 'email' AND json_extract(d.info, '$.error') IS NULL AND (SELECT count(*) FROM messages m WHERE m.document_id = d.id) <> 1").map((id) => `email ${id} has no message`),
    ...q("SELECT m.id FROM messages m WHERE (SELECT count(*) FROM text_index i WHERE i.message_id = m.id) <> 1").map((id) => `message ${id} is not indexed once`),
    ...q("SELECT id FROM documents WHERE blob_sha256 NOT IN (SELECT sha256 FROM blobs)").map((id) => `document ${id} has no original`),
  ];
}

async function importAndKill(casePath: string, afterMs: number): Promise<void> {
  const child = cliProcess(["import", casePath, mbox, "--json"]);
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
}

describe("an import killed with SIGKILL", () => {
  it("leaves a sound case at every moment, and resumes to the full count", async () => {
    const casePath = join(dir, "killed.casemark");
    expect(cli(["new", casePath]).code).toBe(0);
    // Moments spread from process start-up through storing the mbox to mid-way through its messages.
    const moments = Array.from({ length: KILLS }, (_, i) => 300 + Math.floor(((i + Math.random()) * 3200) / KILLS));
    const committed: number[] = [];
    for (const ms of moments) {
      await importAndKill(casePath, ms);
      const c = openCase(casePath);
      try {
        expect(verifyCase(c), `killed after ${ms} ms`).toMatchObject({ ok: true, problems: [] });
        expect(halfThere(c), `killed after ${ms} ms`).toEqual([]);
        committed.push((c.db.prepare("SELECT count(*) AS n FROM messages").get() as { n: number }).n);
      } finally {
        closeCase(c);
      }
    }
    // Each interrupted run kept what the runs before it committed.
    expect([...committed].sort((a, b) => a - b)).toEqual(committed);
    const last = cli(["import", casePath, mbox, "--json"]);
    expect(last.code).toBe(0);
    const [result] = (last.json() as { results: { status: string; messages: { imported: number; duplicate: number; failed: number } }[] }).results;
    const before = committed.at(-1)!;
    expect(result!.messages).toEqual({ imported: MESSAGES - before, duplicate: before, failed: 0 });
    const c = openCase(casePath);
    try {
      expect((c.db.prepare("SELECT count(*) AS n FROM messages").get() as { n: number }).n).toBe(MESSAGES);
      expect(c.db.prepare("SELECT import_state FROM documents WHERE kind = 'mbox'").all()).toEqual([{ import_state: "complete" }]);
      expect(halfThere(c)).toEqual([]);
    } finally {
      closeCase(c);
    }
  });
});
