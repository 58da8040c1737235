// Timing and memory for the benchmark: median of several runs, peak RSS sampled while a run goes.

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
