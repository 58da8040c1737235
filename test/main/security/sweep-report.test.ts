// The sweep tells a file the host stopped from one that failed on its own: checked against the words
// the real job host uses when a job runs out of time or of heap, so a change there cannot hide a kill.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { tempDir } from "../../support/temp";
import { counts, outcomeOf, summaryTable, type SweepRow } from "./sweep-report";

let host: JobHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** A worker that hangs on byte 1 and eats memory on byte 3. */
function misbehavingWorker(): URL {
  const path = join(tempDir(), "worker.mjs");
  writeFileSync(
    path,
    `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, input }) => {
  if (input.bytes[0] === 1) for (;;) {}
  if (input.bytes[0] === 3) { const hog = []; for (;;) hog.push(new Array(1e6).fill(1)); }
  parentPort.postMessage({ id, result: { ok: true, value: { kind: "text", title: "t", text: "fine", encoding: "utf-8" } } });
});`,
  );
  return pathToFileURL(path);
}

/** What importPaths reports for a file whose one job ended so. */
async function failureFrom(h: JobHost, byte: number) {
  const result = await h.run("parse-text", { bytes: new Uint8Array([byte]), fileName: "x.txt" });
  if (result.ok) throw new Error("the job was expected to be stopped");
  return { path: "x.txt", status: "failed" as const, error: result.error.message };
}

describe("the sweep's outcomes", () => {
  it("names a job the host stopped for its heap, and one it stopped for its time", async () => {
    host = startJobHost({ workers: 1, timeoutMs: 30_000, memoryMb: 64, entry: misbehavingWorker() });
    expect(outcomeOf(await failureFrom(host, 3)).outcome).toBe("killed by heap limit");
    await host.close();
    host = startJobHost({ workers: 1, timeoutMs: 1_000, memoryMb: 64, entry: misbehavingWorker() });
    const timedOut = await failureFrom(host, 1);
    expect(outcomeOf(timedOut)).toEqual({ outcome: "killed by time limit", reason: timedOut.error });
  });

  it("keeps a parser's own refusal a failure with its reason, and an imported file's stopped page jobs as its reason", () => {
    expect(outcomeOf({ path: "a.pdf", status: "failed", error: "this PDF cannot be opened: it is encrypted" })).toEqual({ outcome: "failed", reason: "this PDF cannot be opened: it is encrypted" });
    expect(outcomeOf({ path: "b.pdf", status: "imported", documentId: 1, warnings: ["page 3: OCR failed: parsing took longer than 15 s and was stopped"] })).toEqual({
      outcome: "imported",
      reason: "page 3: OCR failed: parsing took longer than 15 s and was stopped",
    });
    expect(outcomeOf({ path: "c.eml", status: "duplicate", documentId: 1 })).toEqual({ outcome: "duplicate", reason: null });
  });

  it("counts outcomes and lists the slowest file first", () => {
    const row = (file: string, ms: number, outcome: SweepRow["outcome"]): SweepRow => ({ file, bytes: 1, outcome, reason: outcome === "imported" ? null : "why", ms, peakRssMb: 100, rssRiseMb: 1 });
    const rows = [row("a", 5, "imported"), row("b", 50, "failed"), row("c", 20, "killed by time limit")];
    expect(counts(rows)).toEqual({ imported: 1, duplicate: 0, failed: 1, "killed by time limit": 1, "killed by heap limit": 0 });
    const table = summaryTable(rows, "limits");
    expect(table.split("\n")[0]).toBe("hostile sweep: 3 files in 0.1 s (limits)");
    const slowest = table.split("\n").slice(table.split("\n").indexOf("slowest:") + 1, -1);
    expect(slowest.map((l) => l.trim().split(/\s+/)[0]).slice(0, 3)).toEqual(["b", "c", "a"]);
  });
});
