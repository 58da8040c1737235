// Clocks for the UI benchmark, read inside the page: when elements first appear (checked every animation
// frame from navigation start, so a time is when the user could see it), the longest main-thread task,
// the DOM's size; and, on the app side, every service call the window made with its time.
import type { Page } from '@playwright/test';
import type { Service } from '../../../main/ipc/service';

export interface Watch {
  name: string;
  selector: string;
  /** When given, the element's trimmed text must be this too. */
  text?: string;
}

interface BenchWindow {
  __bench: { seen: Record<string, number>; longestTaskMs: number };
}

/** Starts watching before the app's first script runs (call before page.goto). */
export async function watchPage(page: Page, watches: Watch[]): Promise<void> {
  await page.addInitScript((list: Watch[]) => {
    const state = { seen: {} as Record<string, number>, longestTaskMs: 0 };
    (window as unknown as BenchWindow).__bench = state;
    try {
      new PerformanceObserver((entries) => {
        for (const e of entries.getEntries()) state.longestTaskMs = Math.max(state.longestTaskMs, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: the figure stays 0.
    }
    const check = () => {
      for (const w of list) {
        if (w.name in state.seen) continue;
        const element = document.querySelector(w.selector);
        if (element && (w.text === undefined || element.textContent?.trim() === w.text)) state.seen[w.name] = performance.now();
      }
      if (list.some((w) => !(w.name in state.seen))) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, watches);
}

/** Milliseconds from navigation start to when the watch was first seen; null if not within `timeoutMs`. */
export async function seenAt(page: Page, name: string, timeoutMs: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction((n) => (window as unknown as BenchWindow).__bench.seen[n], name, { timeout: timeoutMs, polling: 250 });
    return (await handle.jsonValue()) as number;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
}

export const longestTask = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench.longestTaskMs);
export const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);
export const countOf = (page: Page, selector: string) => page.locator(selector).count();

export interface ServiceCall {
  name: string;
  startMs: number;
  ms: number;
}

/** Wraps every method of the app's service to record the calls the window makes (times from now). */
export function recordCalls(service: Service): ServiceCall[] {
  const calls: ServiceCall[] = [];
  const origin = performance.now();
  const methods = service as unknown as Record<string, (arg: unknown) => unknown>;
  for (const name of Object.keys(methods)) {
    const method = methods[name]!;
    methods[name] = async (arg: unknown) => {
      const started = performance.now();
      try {
        return await method(arg);
      } finally {
        calls.push({ name, startMs: started - origin, ms: performance.now() - started });
      }
    };
  }
  return calls;
}
