// Opens an encrypted case with a passphrase: a wrong one is said beside the field for another try;
// any other refusal goes to the status line.
import type { CaseInfo } from '../../../shared/ipc';
import { report } from '../status-store';
import { callWithCode } from './call-with-code';

export const WRONG_PASSPHRASE = 'Wrong passphrase: it does not unlock this case. Nothing was changed; try again.';

/** `retry`: the sentence for the dialog, which stays; `done`: the dialog goes (opened, or refused and reported). */
export type Unlocked = { retry: string } | { done: CaseInfo | null };

/** Without a path, main unlocks the encrypted case that last asked for its passphrase. */
export async function unlockCase(passphrase: string, path?: string): Promise<Unlocked> {
  const answer = await callWithCode('openCase', { ...(path ? { path } : {}), passphrase });
  if (answer.ok) return { done: answer.value };
  if (answer.code === 'wrong-passphrase') return { retry: WRONG_PASSPHRASE };
  report('error', answer.message);
  return { done: null };
}
