// Runs jobs off the main thread: a small pool of worker threads with a time and memory limit per job.
// (In Electron a utilityProcess can stand in for the pool behind the same JobHost interface.)
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { fail, type Result } from "../../shared/result";
import type { JobName, JobInput, JobOutput } from "./registry";

export interface JobHost {
  run<K extends JobName>(name: K, input: JobInput<K>): Promise<Result<JobOutput<K>>>;
  readonly size: number;
  close(): Promise<void>;
}

export interface JobHostOptions {
  workers?: number;
  /** A job still running after this long is stopped and reported (hostile files must not hang imports). */
  timeoutMs?: number;
  /** Heap limit of each worker in MiB; a job that needs more fails instead of taking the app down. */
  memoryMb?: number;
  /** The worker's entry file; defaults to the TypeScript boot file beside this one. */
  entry?: URL;
}

interface Task {
  id: number;
  name: JobName;
  input: unknown;
  resolve: (r: Result<unknown>) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MEMORY_MB = 1024;

export function startJobHost(options: JobHostOptions = {}): JobHost {
  const size = Math.max(1, options.workers ?? Math.min(2, availableParallelism()));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const entry = options.entry ?? new URL("./worker-boot.mjs", import.meta.url);
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? DEFAULT_MEMORY_MB } }),
    };
    slot.worker.on("message", (message: { id: number; result: Result<unknown> }) => {
      if (slot.task?.id !== message.id) return;
      finish(slot, message.result);
    });
    slot.worker.on("error", (error) => replace(slot, fail("job-crashed", `the parser stopped: ${error.message}`)));
    slot.worker.on("exit", (code) => {
      if (!closed) replace(slot, fail("job-crashed", `the parser exited (code ${code})`));
    });
    return slot;
  };

  const slots: Slot[] = Array.from({ length: size }, spawn);

  function finish(slot: Slot, result: Result<unknown>): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.resolve(result);
    pump();
  }

  /** A worker that crashed, ran out of memory or timed out is replaced; its task fails. */
  function replace(slot: Slot, result: Result<unknown>): void {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    slots[index] = spawn();
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.resolve(result);
    pump();
  }

  function pump(): void {
    for (const slot of slots) {
      if (slot.task || queue.length === 0) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => replace(slot, fail("timeout", `parsing took longer than ${timeoutMs / 1000} s and was stopped`)), timeoutMs);
      slot.worker.postMessage({ id: task.id, name: task.name, input: task.input });
    }
  }

  return {
    size,
    run<K extends JobName>(name: K, input: JobInput<K>): Promise<Result<JobOutput<K>>> {
      if (closed) return Promise.resolve(fail("closed", "the job host is closed"));
      return new Promise((resolve) => {
        queue.push({ id: nextId++, name, input, resolve: resolve as (r: Result<unknown>) => void });
        pump();
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const task of queue.splice(0)) task.resolve(fail("closed", "the job host closed before this job ran"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
