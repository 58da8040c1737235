// The welcome screen: open the sample case, create a case, or open a case file.
import { useState } from 'react';
import type { CaseInfo } from '../../shared/ipc';
import { call, isConnected, NOT_CONNECTED } from './api';
import { StatusLine } from './StatusBar';
import { clearStatus, report } from './status-store';

interface Props {
  onOpened(info: CaseInfo): void;
}

type Way = 'openSample' | 'newCase' | 'openCase';

export function WelcomeScreen({ onOpened }: Props) {
  const [busy, setBusy] = useState<Way | null>(null);

  async function run(way: Way): Promise<void> {
    if (!isConnected()) {
      report('error', NOT_CONNECTED);
      return;
    }
    clearStatus();
    setBusy(way);
    if (way === 'openSample') report('info', 'Opening the sample case…');
    const info = await call(way, {});
    setBusy(null);
    // null: the user cancelled the file dialog, which needs no message.
    if (info) {
      clearStatus();
      onOpened(info);
    } else if (info === null) clearStatus();
  }

  return (
    <div className="welcome-screen">
      <main className="welcome">
        <p className="welcome-mark" aria-hidden="true">
          <span className="welcome-mark-dot" />
          <span className="welcome-mark-dot" />
          <span className="welcome-mark-dot" />
        </p>
        <h1 className="welcome-title">Casemark</h1>
        <p className="welcome-tagline">
          Read, highlight, tag and annotate released email records offline, and turn them into brief-ready evidence.
        </p>
        <div className="welcome-actions">
          <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void run('openSample')}>
            Open sample case
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void run('newCase')}>
            New case…
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void run('openCase')}>
            Open case…
          </button>
        </div>
        <StatusLine />
        <p className="welcome-note">Everything stays on this computer: Casemark never connects to the network.</p>
      </main>
    </div>
  );
}
