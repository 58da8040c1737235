// The hostile sweep's bookkeeping: a process memory sampler, each file's outcome from its import
// result, and the summary table (counts per outcome, the slowest and hungriest files).
import type { ImportResult } from "../../../shared/model";

export type Outcome = "imported" | "duplicate" | "failed" | "killed by time limit" | "killed by heap limit";
export const OUTCOMES: readonly Outcome[] = ["imported", "duplicate", "failed", "killed by time limit", "killed by heap limit"];

export interface SweepRow {
  file: string;
  bytes: number;
  outcome: Outcome;
  /** Why it failed or was killed; for imported files, the page-level jobs a limit stopped, if any. */
  reason: string | null;
  ms: number;
  /** The process's resident memory at its highest while this file was read (main thread and workers), MiB. */
  peakRssMb: number;
  /** How far that peak rose above the resident memory when the file started, MiB. */
  rssRiseMb: number;
}

/** The host's words for a job it stopped (main/jobs/host.ts): its clock ran out, or its worker died. */
const TIME_KILL = /took longer than [\d.]+ s and was stopped/;
const HEAP_KILL = /the parser (stopped|exited)/;

export function outcomeOf(result: ImportResult): { outcome: Outcome; reason: string | null } {
  const error = result.error ?? null;
  if (result.status === "failed") {
    if (error && TIME_KILL.test(error)) return { outcome: "killed by time limit", reason: error };
    if (error && HEAP_KILL.test(error)) return { outcome: "killed by heap limit", reason: error };
    return { outcome: "failed", reason: error };
  }
  // A file can import while one of its page jobs was stopped (an OCR page past the limit is a warning).
  const stopped = (result.warnings ?? []).filter((w) => TIME_KILL.test(w) || HEAP_KILL.test(w));
  return { outcome: result.status === "duplicate" ? "duplicate" : "imported", reason: stopped.length ? stopped.join("; ") : null };
}

/** Samples process RSS every few milliseconds until stopped; returns the peak and the starting value. */
export function sampleRss(everyMs = 5): () => { peak: number; start: number } {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { peak, start };
  };
}

export const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

export function counts(rows: readonly SweepRow[]): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, rows.filter((r) => r.outcome === o).length])) as Record<Outcome, number>;
}

/** The printed summary: counts per outcome, then the slowest and the hungriest files. */
export function summaryTable(rows: readonly SweepRow[], limits: string, top = 8): string {
  const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const line = (r: SweepRow) => `  ${pad(r.file, 58)} ${String(r.ms).padStart(6)} ms ${r.peakRssMb.toFixed(0).padStart(5)} MiB (+${r.rssRiseMb.toFixed(0)})  ${r.outcome}`;
  const totalMs = rows.reduce((n, r) => n + r.ms, 0);
  return [
    `hostile sweep: ${rows.length} files in ${(totalMs / 1000).toFixed(1)} s (${limits})`,
    ...Object.entries(counts(rows)).map(([o, n]) => `  ${pad(o, 22)} ${n}`),
    "slowest:",
    ...[...rows].sort((a, b) => b.ms - a.ms).slice(0, top).map(line),
    "largest rise in resident memory:",
    ...[...rows].sort((a, b) => b.rssRiseMb - a.rssRiseMb).slice(0, top).map(line),
    "failed or killed:",
    ...rows.filter((r) => r.outcome !== "imported" && r.outcome !== "duplicate").map((r) => `  ${pad(r.file, 58)} ${r.outcome}: ${r.reason}`),
  ].join("\n");
}
