// kill -9 during `casemark export` (a bundle, a large annotated PDF, the XLSX evidence table) at random
// moments: nothing is ever under the final name unless it is whole and valid (the bundle verifies, the
// PDF passes qpdf --check and begins with the released file, the XLSX unzips with every row); what a
// killed export leaves is only its own "<name>.casemark-partial-<pid>", and the next export into the folder
// removes it.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, it } from "vitest";
import { verifyBundle } from "../../main/export/bundle";
import { importPaths } from "../../main/import/import-files";
import { startJobHost } from "../../main/jobs/host";
import { buildSampleCase } from "../../main/sample-case";
import { closeCase, createCase, openCase } from "../../main/store/case-file";
import { listAnnotations } from "../../main/store/annotations";
import { listDocuments } from "../../main/store/documents";
import { highlightSearchHits } from "../../main/store/search-highlights";
import { verifyCase } from "../../main/store/verify";
import { write } from "../../main/store/write";
import { BIN, cli } from "../support/cli";
import { generateRelease } from "../support/generate-release";
import { tempDir } from "../support/temp";

const QPDF = spawnSync("qpdf", ["--version"]).status === 0;

let casePath: string;
let release: { id: number; bytes: Uint8Array };
let highlights: number;
const tally: string[] = [];

beforeAll(async () => {
  const dir = tempDir();
  casePath = join(dir, "export.casemark");
  const c = createCase(casePath, { title: "Crash export", actor: "tester" });
  const host = startJobHost({ workers: 1 });
  try {
    await buildSampleCase(c, host);
    const { bytes } = await generateRelease(40);
    writeFileSync(join(dir, "release.pdf"), bytes);
    await importPaths(c, [join(dir, "release.pdf")], { host });
    const pdf = listDocuments(c).find((d) => d.kind === "pdf")!;
    release = { id: pdf.id, bytes };
    // A few hundred highlights on the release: a large annotated PDF, a long table and chronology.
    write(c, () => highlightSearchHits(c, "tasking", { documentId: pdf.id }, ["order"]));
    highlights = listAnnotations(c).length;
  } finally {
    closeCase(c);
    await host.close();
  }
}, 120_000);

afterAll(() => console.log(`crash during export: ${tally.join("; ")}`));

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Target {
  format: string;
  /** The final name, in its own folder. */
  name: string;
  args: string[];
  /** Problems with a file or folder found under the final name (empty: it is whole and valid). */
  problems: (path: string) => string[];
}

const pdfProblems = (path: string): string[] => {
  const problems: string[] = [];
  const check = spawnSync("qpdf", ["--check", path], { encoding: "utf8" });
  if (check.status !== 0) problems.push(`qpdf --check: ${check.status} ${check.stdout}${check.stderr}`.slice(0, 500));
  const bytes = readFileSync(path);
  if (sha256(bytes.subarray(0, release.bytes.byteLength)) !== sha256(release.bytes)) problems.push("does not begin with the released PDF");
  return problems;
};

const xlsxProblems = (path: string): string[] => {
  try {
    const zip = unzipSync(readFileSync(path));
    const sheet = strFromU8(zip["xl/worksheets/sheet1.xml"]!);
    const rows = sheet.match(/<row /g)?.length ?? 0;
    return zip["[Content_Types].xml"] && rows === highlights + 1 ? [] : [`${rows} rows, expected ${highlights + 1}`];
  } catch (error) {
    return [`does not unzip: ${(error as Error).message}`];
  }
};

const bundleProblems = (path: string): string[] => verifyBundle(path).problems;

const targets = (): Target[] => [
  { format: "bundle", name: "bundle", args: ["--format", "bundle"], problems: bundleProblems },
  { format: "annotated PDF", name: "release-annotated.pdf", args: ["--format", "pdf", "--doc", String(release.id)], problems: pdfProblems },
  { format: "xlsx", name: "evidence.xlsx", args: ["--format", "xlsx"], problems: xlsxProblems },
];

/** Runs the export; kills it after `killAfterMs` (unless undefined). Returns its pid, time taken and exit code. */
async function exportRun(target: Target, out: string, killAfterMs?: number): Promise<{ pid: number; ms: number; code: number | null; stderr: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, "export", casePath, ...target.args, "--out", out], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CASEMARK_AUTHOR: "tester" } });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  const code = await exited;
  clearTimeout(timer);
  return { pid: child.pid!, ms: Date.now() - started, code, stderr };
}

describe.skipIf(!QPDF)("an export killed with SIGKILL", () => {
  for (const [i, kills] of [4, 4, 3].entries()) {
    // The three formats run side by side, each killing its own exports.
    it.concurrent(`leaves nothing but a whole, valid export under the final name, and only its own temporaries, which the next export removes (${["bundle", "annotated PDF", "xlsx"][i]})`, async ({ expect }) => {
      const target = targets()[i]!;
      const folder = tempDir();
      const out = join(folder, target.name);

      // A run to the end: what a whole export is, and how long one takes (to spread the kills over).
      const whole = await exportRun(target, out);
      expect(whole.code, whole.stderr).toBe(0);
      expect(target.problems(out)).toEqual([]);
      rmSync(out, { recursive: true });

      const outcomes = { finished: 0, absent: 0, whole: 0, leftovers: 0 };
      const killedPids: number[] = [];
      for (let k = 0; k < kills; k++) {
        const afterMs = Math.floor(Math.random() * whole.ms);
        const run = await exportRun(target, out, afterMs);
        const where = `${target.format} killed after ${afterMs} ms (exit ${run.code})`;
        if (run.code === 0) {
          // It finished before the kill: then it is whole.
          expect(target.problems(out), where).toEqual([]);
          outcomes.finished++;
        } else if (existsSync(out)) {
          expect(target.problems(out), where).toEqual([]);
          outcomes.whole++;
        } else {
          outcomes.absent++;
        }
        // Anything else in the folder is a temporary of one of the killed exports, named as such.
        const others = readdirSync(folder).filter((name) => name !== target.name);
        for (const name of others) expect(name, where).toMatch(new RegExp(`^${target.name.replace(/\./g, "\\.")}\\.casemark-partial-(${[...killedPids, run.pid].join("|")})$`));
        if (others.some((name) => name.endsWith(`.casemark-partial-${run.pid}`))) outcomes.leftovers++;
        killedPids.push(run.pid);
        rmSync(out, { recursive: true, force: true });
      }

      // A kill in the middle of writing the file (rare at random moments: the write is one call) leaves
      // what this stands for. Beside it, what must stay: the temporary of a live export (this test's
      // own pid), and a folder and a symbolic link of someone else's that merely have the name.
      const dead = spawnSync("true").pid; // a process that has ended
      writeFileSync(join(folder, `${target.name}.casemark-partial-${dead}`), "half an export");
      writeFileSync(join(folder, `${target.name}.casemark-partial-${process.pid}`), "an export still running");
      mkdirSync(join(folder, `notes.casemark-partial-${dead}`));
      writeFileSync(join(folder, `notes.casemark-partial-${dead}`, "mine.txt"), "not an export");
      symlinkSync(join(folder, `notes.casemark-partial-${dead}`, "mine.txt"), join(folder, `link.pdf.casemark-partial-${dead}`));
      const stale = readdirSync(folder).filter((name) => name.startsWith(`${target.name}.casemark-partial-`) && name !== `${target.name}.casemark-partial-${process.pid}`).length;

      // The next export into the folder is whole, and takes the killed exports' temporaries with it.
      const next = await exportRun(target, out);
      expect(next.code, next.stderr).toBe(0);
      expect(target.problems(out)).toEqual([]);
      expect(readdirSync(folder).sort()).toEqual([target.name, `${target.name}.casemark-partial-${process.pid}`, `notes.casemark-partial-${dead}`, `link.pdf.casemark-partial-${dead}`].sort());
      expect(readdirSync(join(folder, `notes.casemark-partial-${dead}`))).toEqual(["mine.txt"]);
      if (target.format === "bundle") expect(cli(["verify-bundle", out]).code).toBe(0);
      tally.push(
        `${target.format}: ${kills} kills survived (${outcomes.absent} left nothing under the final name, ${outcomes.whole} a whole export, ${outcomes.finished} finished first; ${outcomes.leftovers} left a temporary; the next export removed ${stale} stale temporaries)`,
      );

      const c = openCase(casePath, { readonly: true });
      try {
        expect(verifyCase(c).problems).toEqual([]);
      } finally {
        closeCase(c);
      }
    }, 300_000);
  }
});
