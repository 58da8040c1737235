// kill -9 while highlights are being written (created, re-tagged, noted, deleted, linked, undone and
// redone through the window's service) at many random moments: every time, the case verifies, every
// highlight row is whole, and the case holds exactly the changes that committed — every change the
// writer saw commit, plus at most the one it was committing when it died, whole or not at all.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnnotationView } from "../../shared/model";
import { listAnnotations } from "../../main/store/annotations";
import { closeCase, openCase } from "../../main/store/case-file";
import { verifyCase } from "../../main/store/verify";
import { annotationProblems, documentProblems } from "../support/case-soundness";
import { cli } from "../support/cli";
import { tempDir } from "../support/temp";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WRITER = join(ROOT, "test/support/annotation-writer.ts");
const KILLS = 12;

type State = { seq: number; annotations: Map<string, AnnotationView> };
type Line =
  | { ready: true }
  | { begin: number; op: string }
  | { pending: number; seq: number; changes: Record<string, AnnotationView | null> }
  | { committed: number }
  | { skipped: number; reason: string };

let casePath: string;

beforeAll(() => {
  casePath = join(tempDir(), "writes.casemark");
  expect(cli(["sample", casePath]).code).toBe(0);
}, 120_000);

function readState(): State {
  const c = openCase(casePath, { readonly: true });
  try {
    const seq = (c.db.prepare("SELECT coalesce(max(seq), 0) AS n FROM audit_log").get() as { n: number }).n;
    return { seq, annotations: new Map(listAnnotations(c).map((a) => [a.id, a])) };
  } finally {
    closeCase(c);
  }
}

function applied(state: State, pending: Extract<Line, { pending: number }>): State {
  const annotations = new Map(state.annotations);
  for (const [id, a] of Object.entries(pending.changes)) {
    if (a === null) annotations.delete(id);
    else annotations.set(id, a);
  }
  return { seq: pending.seq, annotations };
}

/** The differences between two states, in words (empty when equal). */
function differences(want: State, have: State): string[] {
  const out: string[] = [];
  if (want.seq !== have.seq) out.push(`audit log ends at row ${have.seq}, expected ${want.seq}`);
  for (const [id, a] of want.annotations) {
    const b = have.annotations.get(id);
    if (!b) out.push(`highlight ${id} is missing`);
    else if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`highlight ${id} differs: expected ${JSON.stringify(a)}, found ${JSON.stringify(b)}`);
  }
  for (const id of have.annotations.keys()) if (!want.annotations.has(id)) out.push(`highlight ${id} should not be there`);
  return out;
}

/** Runs the writer, kills it `afterMs` after it is ready, and returns every whole line it wrote. */
async function writeAndKill(seed: number, afterMs: number): Promise<Line[]> {
  const child = spawn(process.execPath, ["--import", "tsx", WRITER, casePath, String(seed)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env } });
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (out.includes('{"ready":true}\n')) resolve();
      else setTimeout(check, 10);
    };
    check();
    void exited.then((code) => reject(new Error(`the writer exited (${code}) before it was killed: ${err}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill("SIGKILL");
  await exited;
  await new Promise((resolve) => setImmediate(resolve));
  expect(err, `the writer's stderr (seed ${seed})`).toBe("");
  // A line cut short by the kill was never whole: what it announced had not reached COMMIT.
  return out.slice(0, out.lastIndexOf("\n") + 1).split("\n").filter(Boolean).map((l) => JSON.parse(l) as Line);
}

describe("highlight writes killed with SIGKILL", () => {
  it(`leave a sound case holding exactly what committed, at ${KILLS} random moments`, async () => {
    let model = readState();
    const pristine = openCase(casePath);
    try {
      expect(annotationProblems(pristine)).toEqual([]);
    } finally {
      closeCase(pristine);
    }
    const tally = { commits: 0, insideTransaction: 0, pendingKept: 0, pendingLost: 0 };
    const base = Math.floor(Math.random() * 1e6);
    for (let kill = 0; kill < KILLS; kill++) {
      const seed = base + kill;
      const afterMs = Math.floor(Math.random() * 1500);
      const where = `kill ${kill + 1} (seed ${seed}, ${afterMs} ms after ready)`;
      const lines = await writeAndKill(seed, afterMs);

      // What the writer was told committed, and what it was committing when it died.
      let pending: Extract<Line, { pending: number }> | undefined;
      let open = false;
      for (const line of lines) {
        if ("begin" in line) open = true;
        if ("pending" in line) pending = line;
        if ("skipped" in line) [pending, open] = [undefined, false];
        if ("committed" in line) {
          expect(pending?.pending, where).toBe(line.committed);
          model = applied(model, pending!);
          [pending, open] = [undefined, false];
          tally.commits++;
        }
      }
      if (open) tally.insideTransaction++;

      const c = openCase(casePath);
      try {
        expect(verifyCase(c), where).toMatchObject({ ok: true, problems: [] });
        expect(documentProblems(c), where).toEqual([]);
        expect(annotationProblems(c), where).toEqual([]);
      } finally {
        closeCase(c);
      }
      const found = readState();
      const asCommitted = differences(model, found);
      if (asCommitted.length > 0 && pending) {
        // Killed after COMMIT but before it could say so: then the change is there whole.
        expect(differences(applied(model, pending), found), where).toEqual([]);
        tally.pendingKept++;
      } else {
        expect(asCommitted, where).toEqual([]);
        if (pending) tally.pendingLost++;
      }
      model = found;
    }
    console.log(`crash during highlight writes: ${KILLS} kills survived; ${tally.commits} changes committed and all kept; ${tally.insideTransaction} kills inside a transaction (${tally.pendingKept} of them after COMMIT, kept whole; the rest rolled back)`);
    // Most of a change's time is inside its transaction; a run where no kill landed there proved little.
    expect(tally.insideTransaction).toBeGreaterThan(0);
    expect(tally.commits).toBeGreaterThan(0);
    expect(cli(["verify", casePath]).code).toBe(0);
  }, 240_000);
});
