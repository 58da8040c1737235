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
  /** Workers that died while holding this task; a second death blames it. */
  crashes: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, oldest first; it runs them in that order. */
  tasks: Task[];
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MEMORY_MB = 1024;
/**
 * Tasks a worker holds at once. Small jobs cost less than a message round trip, so a worker given
 * one task at a time would sit idle between them; a few queued in it keep it busy.
 */
const TASKS_PER_WORKER = 8;

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
      tasks: [],
    };
    slot.worker.on("message", (message: { id: number; result: Result<unknown> }) => finish(slot, message.id, message.result));
    slot.worker.on("error", (error) => crashed(slot, `the parser stopped: ${error.message}`));
    slot.worker.on("exit", (code) => {
      if (!closed) crashed(slot, `the parser exited (code ${code})`);
    });
    return slot;
  };

  const slots: Slot[] = Array.from({ length: size }, spawn);

  function settle(task: Task, result: Result<unknown>): void {
    clearTimeout(task.timer);
    task.resolve(result);
  }

  function finish(slot: Slot, id: number, result: Result<unknown>): void {
    const index = slot.tasks.findIndex((t) => t.id === id);
    if (index === -1) return;
    const [task] = slot.tasks.splice(index, 1);
    settle(task!, result);
    pump();
  }

  /** Swaps a dead or stuck worker for a fresh one and hands back the tasks it held. */
  function replace(slot: Slot): Task[] {
    const index = slots.indexOf(slot);
    if (index === -1) return [];
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    slots[index] = spawn();
    for (const task of slot.tasks) clearTimeout(task.timer);
    return slot.tasks.splice(0);
  }

  /** A worker that crashed or ran out of memory: a task fails once it has been in two such workers. */
  function crashed(slot: Slot, reason: string): void {
    const held = replace(slot);
    const retry: Task[] = [];
    for (const task of held) {
      if (++task.crashes >= 2 || held.length === 1) settle(task, fail("job-crashed", reason));
      else retry.push(task);
    }
    queue.unshift(...retry);
    pump();
  }

  /** The task that ran out of time fails; the ones queued behind it in that worker run again. */
  function timedOut(slot: Slot, task: Task): void {
    const held = replace(slot);
    settle(task, fail("timeout", `parsing took longer than ${timeoutMs / 1000} s and was stopped`));
    queue.unshift(...held.filter((t) => t !== task));
    pump();
  }

  function pump(): void {
    // Each task goes to the least busy worker, so long jobs (OCR) spread over every core.
    while (queue.length > 0) {
      const slot = slots.reduce((a, b) => (b.tasks.length < a.tasks.length ? b : a));
      if (slot.tasks.length >= TASKS_PER_WORKER) break;
      const task = queue.shift()!;
      slot.tasks.push(task);
      slot.worker.postMessage({ id: task.id, name: task.name, input: task.input });
    }
    // The clock starts when a task reaches the head of its worker's line.
    for (const slot of slots) {
      const head = slot.tasks[0];
      if (head && !head.timer) startClock(slot, head);
    }
  }

  function startClock(slot: Slot, task: Task): void {
    task.timer = setTimeout(() => timedOut(slot, task), timeoutMs);
  }

  return {
    size,
    run<K extends JobName>(name: K, input: JobInput<K>): Promise<Result<JobOutput<K>>> {
      if (closed) return Promise.resolve(fail("closed", "the job host is closed"));
      return new Promise((resolve) => {
        queue.push({ id: nextId++, name, input, resolve: resolve as (r: Result<unknown>) => void, crashes: 0 });
        pump();
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const task of [...queue.splice(0), ...slots.flatMap((s) => s.tasks.splice(0))]) settle(task, fail("closed", "the job host closed before this job ran"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
