import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { tempDir } from "../../support/temp";

let host: JobHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** A worker that obeys the host's protocol but misbehaves on request. */
function misbehavingWorker(): URL {
  const path = join(tempDir(), "worker.mjs");
  writeFileSync(
    path,
    `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, input }) => {
  if (input.bytes[0] === 1) for (;;) {}
  if (input.bytes[0] === 2) process.exit(7);
  if (input.bytes[0] === 3) { const hog = []; for (;;) hog.push(new Array(1e6).fill(1)); }
  parentPort.postMessage({ id, result: { ok: true, value: { kind: "text", title: "t", text: "fine", encoding: "utf-8" } } });
});`,
  );
  return pathToFileURL(path);
}

describe("the job host", () => {
  it("parses in a worker thread and returns plain data", async () => {
    host = startJobHost({ workers: 1 });
    const result = await host.run("parse-text", { bytes: new TextEncoder().encode("Hello\r\nworld"), fileName: "a.txt" });
    expect(result).toEqual({ ok: true, value: { kind: "text", title: "Hello", text: "Hello\nworld", encoding: "utf-8" } });
  });

  it("stops a job that hangs, one that crashes and one that eats memory, and keeps serving", async () => {
    // The memory eater's own limit is what must stop it: a loaded machine may take V8 seconds of
    // garbage collection to give up, so its time limit is far away (a short one made it a timeout).
    host = startJobHost({ workers: 1, timeoutMs: 30_000, memoryMb: 64, entry: misbehavingWorker() });
    const run = (b: number) => host!.run("parse-text", { bytes: new Uint8Array([b]), fileName: "x" });
    expect(await run(3)).toMatchObject({ ok: false, error: { code: "job-crashed" } });
    expect(await run(2)).toMatchObject({ ok: false, error: { code: "job-crashed" } });
    expect(await run(0)).toMatchObject({ ok: true, value: { text: "fine" } });
    await host.close();
    host = startJobHost({ workers: 1, timeoutMs: 1500, memoryMb: 64, entry: misbehavingWorker() });
    expect(await run(1)).toMatchObject({ ok: false, error: { code: "timeout" } });
    expect(await run(0)).toMatchObject({ ok: true, value: { text: "fine" } });
  });
});
