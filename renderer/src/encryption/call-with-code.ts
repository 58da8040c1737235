// Calls main and keeps the refusal's code, for flows that answer some refusals themselves (an
// encrypted case asks for its passphrase) instead of only showing them in the status line.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/ipc';
import { NOT_CONNECTED } from '../api';

export type Answer<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export async function callWithCode<K extends MethodName>(name: K, input: MethodInput<K>): Promise<Answer<MethodOutput<K>>> {
  const api = window.casemark;
  if (!api) return { ok: false, code: 'not-connected', message: NOT_CONNECTED };
  // The mapped type cannot be indexed generically; the contract guarantees this signature.
  const method = api[name] as unknown as (input: MethodInput<K>) => ReturnType<CasemarkApi[K]>;
  try {
    const result = await method(input);
    return result.ok ? { ok: true, value: result.value as MethodOutput<K> } : { ok: false, ...result.error };
  } catch (error) {
    return { ok: false, code: 'unreachable', message: `Could not reach Casemark: ${error instanceof Error ? error.message : String(error)}` };
  }
}
