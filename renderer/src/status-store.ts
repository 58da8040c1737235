// One status line for the whole window: errors from main and short confirmations, read by StatusBar.
export type StatusKind = 'info' | 'error';

export interface Status {
  kind: StatusKind;
  text: string;
  /** Changes on every report, so repeating the same message is still announced. */
  serial: number;
}

let current: Status | null = null;
let serial = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function report(kind: StatusKind, text: string): void {
  current = { kind, text, serial: ++serial };
  emit();
}

export function clearStatus(): void {
  if (current === null) return;
  current = null;
  emit();
}

export function subscribeStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getStatus(): Status | null {
  return current;
}
