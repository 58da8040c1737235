// Paints pages one or two at a time, nearest the reader's current page first: while the user flings
// through a long release, pages that scroll away before their turn are dropped without being painted,
// and the page they stop on is painted next.

export interface RenderJob {
  page: number;
  run(): Promise<void>;
}

/** Two at a time: one page paints while the next one's data is read. */
const CONCURRENCY = 2;

export class RenderQueue {
  private waiting = new Set<RenderJob>();
  private running = 0;

  constructor(private readonly focus: () => number) {}

  /** Queues a job; the function returned drops it if it has not started. */
  add(job: RenderJob): () => void {
    this.waiting.add(job);
    queueMicrotask(() => this.pump());
    return () => {
      this.waiting.delete(job);
    };
  }

  private pump(): void {
    while (this.running < CONCURRENCY && this.waiting.size > 0) {
      const near = this.focus();
      let best: RenderJob | null = null;
      for (const job of this.waiting) if (!best || Math.abs(job.page - near) < Math.abs(best.page - near)) best = job;
      this.waiting.delete(best!);
      this.running++;
      void best!
        .run()
        .catch(() => undefined)
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }
}
