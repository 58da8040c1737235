// Calls main and keeps the reason when it refuses, so a panel or dialog can show it beside the work in
// hand (call() alone only puts it in the window's status line).
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc';
import { call } from './api';
import { getStatus } from './status-store';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export async function attempt<K extends MethodName>(name: K, input: MethodInput<K>): Promise<Outcome<MethodOutput<K>>> {
  const before = getStatus()?.serial ?? 0;
  const value = await call(name, input);
  if (value !== undefined) return { ok: true, value };
  const status = getStatus();
  return { ok: false, error: status && status.kind === 'error' && status.serial !== before ? status.text : 'Casemark could not do that.' };
}
