// Types window.casemark, the bridge the preload (or the e2e harness) exposes, as the contract in shared/ipc.ts.
import type { CasemarkApi as Contracted } from '../../shared/ipc';

declare global {
  type CasemarkApi = Contracted;

  interface Window {
    // Absent when the renderer runs outside Electron without the harness's binding.
    readonly casemark?: CasemarkApi;
  }
}
