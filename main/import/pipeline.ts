// Parses ahead while committing in order: up to `concurrency` items are in flight, so memory
// stays bounded however long the source is, and results are written in the source's order.

export async function pipeline<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  concurrency: number,
  work: (item: T) => Promise<R>,
  commit: (item: T, result: R) => void,
  signal?: AbortSignal,
): Promise<void> {
  const inFlight: { item: T; result: Promise<R> }[] = [];
  for await (const item of source) {
    if (signal?.aborted) break;
    inFlight.push({ item, result: work(item) });
    if (inFlight.length >= concurrency) {
      const next = inFlight.shift()!;
      commit(next.item, await next.result);
    }
  }
  while (inFlight.length > 0) {
    const next = inFlight.shift()!;
    if (signal?.aborted) {
      await next.result.catch(() => undefined);
      continue;
    }
    commit(next.item, await next.result);
  }
}
