// call(): the one way the renderer talks to main — unwraps a Result, and reports failures in the status line.
import type { EventName, Events, MethodInput, MethodName, MethodOutput } from '../../shared/ipc';
import { report } from './status-store';

export const NOT_CONNECTED = 'Not connected to the Casemark main process.';

/** Resolves to the method's value, or to undefined after telling the user what went wrong. */
export async function call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodOutput<K> | undefined> {
  const api = window.casemark;
  if (!api) {
    report('error', NOT_CONNECTED);
    return undefined;
  }
  // The mapped type cannot be indexed generically; the contract guarantees this signature.
  const method = api[name] as unknown as (input: MethodInput<K>) => ReturnType<CasemarkApi[K]>;
  try {
    const result = await method(input);
    if (result.ok) return result.value as MethodOutput<K>;
    report('error', result.error.message);
  } catch (error) {
    // The bridge itself failed (e.g. main went away): still data for the user, never an uncaught error.
    report('error', `Could not reach Casemark: ${error instanceof Error ? error.message : String(error)}`);
  }
  return undefined;
}

export function isConnected(): boolean {
  return window.casemark !== undefined;
}

/** Listens to an event main pushes (see Events in shared/ipc.ts); returns the function that stops. */
export function listen<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  return window.casemark?.on(event, listener) ?? (() => undefined);
}
