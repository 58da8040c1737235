// The jobs worker: runs one named job at a time for its host and posts back a Result.
import { parentPort } from "node:worker_threads";
import { fail, ok } from "../../shared/result";
import { JOBS, type JobRequest } from "./registry";

const port = parentPort;
if (!port) throw new Error("main/jobs/worker.ts must run in a worker thread");

port.on("message", async (request: JobRequest) => {
  const job = JOBS[request.name] as (input: unknown) => unknown;
  try {
    port.postMessage({ id: request.id, result: ok(await job(request.input)) });
  } catch (error) {
    port.postMessage({ id: request.id, result: fail("parse-failed", (error as Error)?.message || String(error)) });
  }
});
