// Top-level component; for now the welcome screen that opens or creates a case file.
import { useState } from 'react';

type CaseAction = keyof CasemarkApi;

const NOT_CONNECTED = 'Not connected to the Casemark main process.';

export function App() {
  const api = window.casemark;
  const [status, setStatus] = useState<string | null>(api ? null : NOT_CONNECTED);

  async function run(action: CaseAction): Promise<void> {
    if (!api) {
      setStatus(NOT_CONNECTED);
      return;
    }
    setStatus(null);
    try {
      await api[action]();
    } catch (error) {
      // Main reports failures as data later (Result<T>); until then an exception is all we get.
      setStatus(`Could not complete that: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <main className="welcome">
      <h1 className="welcome-title">Casemark</h1>
      <p className="welcome-tagline">
        Read, highlight, tag and annotate released email records offline, and turn them into
        brief-ready evidence.
      </p>
      <div className="welcome-actions">
        <button type="button" className="button button-primary" onClick={() => void run('openSample')}>
          Open sample case
        </button>
        <button type="button" className="button" onClick={() => void run('newCase')}>
          New case…
        </button>
        <button type="button" className="button" onClick={() => void run('openCase')}>
          Open case…
        </button>
      </div>
      <p className="welcome-status" role="status">
        {status}
      </p>
    </main>
  );
}
