// "Reviewed, next": the library knows the order it lists items in, so while it is shown it provides the step
// to the next unreviewed item, and the review bar takes it (CaseView need not carry the order between them).

/** Opens the next unreviewed item after the one with this key; false when none is left. */
export type OpenNext = (fromKey: string) => boolean;

let provider: OpenNext | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Offers the step; returns the function that withdraws it. */
export function provideNext(openNext: OpenNext): () => void {
  provider = openNext;
  emit();
  return () => {
    if (provider !== openNext) return;
    provider = null;
    emit();
  };
}

export function canOpenNext(): boolean {
  return provider !== null;
}

export function subscribeNext(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Opens the next unreviewed item; false when nothing is left to review or no library is shown. */
export function openNext(fromKey: string): boolean {
  return provider?.(fromKey) ?? false;
}
