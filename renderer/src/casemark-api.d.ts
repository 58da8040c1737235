// Minimal type of the bridge that the preload script exposes as window.casemark (full contract: shared/ipc.ts, later).
interface CasemarkApi {
  openSample(): Promise<void>;
  newCase(): Promise<void>;
  openCase(): Promise<void>;
}

interface Window {
  // Absent when the renderer runs outside Electron without the harness's binding.
  casemark?: CasemarkApi;
}
