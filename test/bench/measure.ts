// Timing and memory for the benchmark: median of several runs, peak RSS sampled while a run goes.
import { PDFDocument } from "pdf-lib";
import { startJobHost, type JobHost } from "../../main/jobs/host";

export interface Measurement {
  seconds: number;
  peakRssMb: number;
}

/** Runs `fn` once, sampling the process's resident memory every 20 ms. */
export async function measure(fn: () => Promise<void> | void): Promise<Measurement> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const started = performance.now();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds: (performance.now() - started) / 1000, peakRssMb: peak / 2 ** 20 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (nearest rank) of values sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A job host whose workers have started and loaded their parsers and PDFium, as in a running app:
 * the benchmark measures importing, not starting threads.
 */
export async function warmHost(): Promise<JobHost> {
  const host = startJobHost();
  const doc = await PDFDocument.create();
  doc.addPage();
  const pdf = await doc.save();
  await Promise.all(
    Array.from({ length: host.size * 2 }, () => Promise.all([host.run("parse-email", { bytes: new TextEncoder().encode("Subject: x\n\nx") }), host.run("pdf-info", { bytes: pdf, sha256: "warm-up" })])),
  );
  return host;
}
