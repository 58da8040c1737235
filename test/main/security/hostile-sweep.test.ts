// The hostile sweep: every file of the corpus' pdf-hostile, pdf-odd and email-hostile folders imported
// one at a time through the job host under a time and heap limit, each file's outcome, time and memory
// recorded. Main never crashes, every failure says why, the case verifies; the figures are printed and
// written to test-results/hostile-sweep.json.
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { listDocuments } from "../../../main/store/documents";
import { verifyCase } from "../../../main/store/verify";
import { CORPUS, corpusPath, SKIP_REASON } from "../../support/corpus";
import { newCase } from "../../support/temp";
import { counts, mib, outcomeOf, sampleRss, summaryTable, type SweepRow } from "./sweep-report";

const FOLDERS = ["pdf-hostile", "pdf-odd", "email-hostile"];
/**
 * The limits, as the job host applies them to every job (a file is one job, a PDF a few: its info, its
 * pages in ranges, OCR per scanned page, its printed emails). Here the longest job is an OCR'd page at
 * about 5 s (the slowest file, a 23-page scan, takes about 15 s over two workers) and an email is read
 * in about a second; 20 s leaves room for a slow, busy CI machine and still stops a file that would
 * hang an import. 256 MiB of JavaScript heap per worker is a quarter of the app's default and more than
 * any file here needs. (WebAssembly memory — PDFium, tesseract — is outside V8's heap limit: the
 * resident memory figures show what it costs.)
 */
const LIMITS = { timeoutMs: 20_000, memoryMb: 256, workers: 2 } as const;
const LIMITS_TEXT = `per job: ${LIMITS.timeoutMs / 1000} s, ${LIMITS.memoryMb} MiB heap per worker; ${LIMITS.workers} workers`;
const REPORT = fileURLToPath(new URL("../../../test-results/hostile-sweep.json", import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

let host: JobHost;
beforeAll(() => {
  host = startJobHost(LIMITS);
});
afterAll(() => host?.close());

describe.skipIf(!CORPUS)(`the hostile sweep${CORPUS ? "" : ` (${SKIP_REASON})`}`, () => {
  it("imports every hostile and odd file alone under the limits: each one an outcome with its reason, main alive, the case whole", async () => {
    const c = newCase("Hostile sweep");
    const rows: SweepRow[] = [];
    for (const folder of FOLDERS) {
      for (const path of filesUnder(corpusPath(folder))) {
        const stop = sampleRss();
        const started = performance.now();
        const results = await importPaths(c, [path], { host });
        const ms = Math.round(performance.now() - started);
        const { peak, start } = stop();
        // One path that is a file: one result, for that file.
        expect(results.map((r) => r.path)).toEqual([path]);
        const { outcome, reason } = outcomeOf(results[0]!);
        rows.push({ file: relative(CORPUS!, path), bytes: statSync(path).size, outcome, reason, ms, peakRssMb: mib(peak), rssRiseMb: mib(peak - start) });
      }
    }

    const summary = summaryTable(rows, LIMITS_TEXT);
    console.log(summary);
    mkdirSync(join(REPORT, ".."), { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify({ limits: LIMITS, counts: counts(rows), files: rows }, null, 2)}\n`);

    expect(rows.length).toBe(FOLDERS.reduce((n, f) => n + filesUnder(corpusPath(f)).length, 0));
    // Every file that did not import says why, in words a user can act on.
    for (const r of rows.filter((r) => r.outcome !== "imported" && r.outcome !== "duplicate")) expect(r.reason, r.file).toMatch(/\w{3,}/);
    // The main process is alive and its host still serves after every stopped or crashed job.
    expect(await host.run("parse-text", { bytes: new TextEncoder().encode("still here"), fileName: "alive.txt" })).toMatchObject({ ok: true, value: { text: "still here" } });
    // Nothing half-stored: the case verifies and every document committed whole.
    expect(verifyCase(c)).toMatchObject({ ok: true, problems: [] });
    expect(listDocuments(c).filter((d) => d.importState !== "complete")).toEqual([]);
    expect(counts(rows).imported).toBeGreaterThan(0);
  }, 240_000);
});
