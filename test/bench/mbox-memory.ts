// Benchmark: is mbox import's memory flat in the file's size? The same generated mail at a fifth of the
// size and at full size, each imported in a fresh process, compared by peak resident memory.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeMbox } from "../support/generate-mbox";

export interface MemoryResult {
  smallMessages: number;
  smallPeakRssMb: number;
  messages: number;
  peakRssMb: number;
  /** Peak at full size over peak at a fifth of it: 1 is perfectly flat. */
  ratio: number;
}

const CHILD = fileURLToPath(new URL("./mbox-memory-child.ts", import.meta.url));

function peakOfImport(dir: string, mbox: string): number {
  const casePath = join(dir, `memory-${Date.now()}.casemark`);
  const run = spawnSync(process.execPath, ["--import", "tsx", CHILD, mbox, casePath], { encoding: "utf8", maxBuffer: 1 << 24 });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${casePath}${suffix}`, { force: true });
  if (run.status !== 0) throw new Error(`the memory benchmark's import failed: ${run.stderr}`);
  const { peakRssMb } = JSON.parse(run.stdout.trim().split("\n").pop()!) as { peakRssMb: number };
  return peakRssMb;
}

/** `mbox` is the benchmark's generated mail of `count` messages (seed 2017); a fifth of it is written beside it. */
export async function benchMboxMemory(dir: string, mbox: string, count: number): Promise<MemoryResult> {
  const smallMessages = Math.floor(count / 5);
  const small = join(dir, `memory-${smallMessages}.mbox`);
  await writeMbox(small, smallMessages, 2017);
  const smallPeakRssMb = peakOfImport(dir, small);
  const peakRssMb = peakOfImport(dir, mbox);
  rmSync(small, { force: true });
  return { smallMessages, smallPeakRssMb, messages: count, peakRssMb, ratio: peakRssMb / smallPeakRssMb };
}
