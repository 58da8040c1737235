// The welcome screen: open the sample case, create a case (encrypted if asked), open a case file or a
// recent one (asking for the passphrase of an encrypted case); a case file dropped on the window opens too.
import { useEffect, useState } from 'react';
import type { CaseInfo, RecentCase } from '../../shared/ipc';
import { call, isConnected, NOT_CONNECTED } from './api';
import { DropOverlay } from './DropOverlay';
import { callWithCode } from './encryption/call-with-code';
import { NewCaseDialog, type NewCaseChoice } from './encryption/NewCaseDialog';
import { PassphraseDialog } from './encryption/PassphraseDialog';
import { unlockCase } from './encryption/unlock';
import { StatusLine } from './StatusBar';
import { clearStatus, report } from './status-store';
import { useFileDrop } from './use-file-drop';

interface Props {
  onOpened(info: CaseInfo): void;
}

type Way = 'openSample' | 'openCase';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const folderOf = (path: string) => path.slice(0, Math.max(0, path.length - fileName(path).length - 1));

function openedOn(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** An encrypted case waiting for its passphrase: its path when the window knows it (else main does). */
interface Locked {
  path?: string;
  message: string;
}

export function WelcomeScreen({ onOpened }: Props) {
  const [busy, setBusy] = useState<Way | null>(null);
  const [recent, setRecent] = useState<RecentCase[]>([]);
  const [creating, setCreating] = useState(false);
  const [locked, setLocked] = useState<Locked | null>(null);

  useEffect(() => {
    if (isConnected()) void call('recentCases', {}).then((list) => list && setRecent(list));
  }, []);

  function opened(info: CaseInfo | null) {
    clearStatus();
    // null: the user cancelled the file dialog, which needs no message.
    if (info) onOpened(info);
  }

  function connected(): boolean {
    if (isConnected()) return true;
    report('error', NOT_CONNECTED);
    return false;
  }

  async function openSample(): Promise<void> {
    if (!connected()) return;
    clearStatus();
    setBusy('openSample');
    report('info', 'Opening the sample case…');
    const info = await call('openSample', {});
    setBusy(null);
    if (info !== undefined) opened(info);
  }

  async function open(path?: string): Promise<void> {
    if (!connected()) return;
    clearStatus();
    setBusy('openCase');
    const answer = await callWithCode('openCase', path ? { path } : {});
    setBusy(null);
    if (answer.ok) opened(answer.value);
    else if (answer.code === 'needs-passphrase') setLocked({ ...(path ? { path } : {}), message: answer.message });
    else report('error', answer.message);
  }

  async function unlock(passphrase: string): Promise<string | null> {
    const result = await unlockCase(passphrase, locked?.path);
    if ('retry' in result) return result.retry;
    setLocked(null);
    opened(result.done);
    return null;
  }

  async function create(choice: NewCaseChoice): Promise<string | null> {
    const answer = await callWithCode('newCase', choice);
    if (!answer.ok) return answer.message;
    // The system's chooser was cancelled: back to the dialog, which keeps what was typed.
    if (answer.value === null) return null;
    setCreating(false);
    opened(answer.value);
    return null;
  }

  const dragging = useFileDrop((paths) => {
    const found = paths.find((p) => p.toLowerCase().endsWith('.casemark'));
    if (found) void open(found);
    else report('error', 'Open or create a case first, then drop the files to import on its window.');
  });

  return (
    <div className="welcome-screen">
      {dragging && <DropOverlay message="Drop a .casemark file to open it" />}
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
          <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void openSample()}>
            Open sample case
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => connected() && setCreating(true)}>
            New case…
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void open()}>
            Open case…
          </button>
        </div>
        <StatusLine />
        {recent.length > 0 && (
          <section className="welcome-recent" aria-labelledby="recent-title">
            <h2 id="recent-title" className="list-heading">
              Recent cases
            </h2>
            <ul className="recent-list">
              {recent.map((r) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="recent-case"
                    disabled={busy !== null || !r.exists}
                    title={r.exists ? r.path : `${r.path} — no longer there`}
                    onClick={() => void open(r.path)}
                  >
                    <span className="recent-case-title">{r.title || fileName(r.path)}</span>
                    <span className="recent-case-path">{r.exists ? folderOf(r.path) : 'Moved or deleted'}</span>
                    <span className="recent-case-date">{openedOn(r.openedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="welcome-note">Everything stays on this computer: Casemark never connects to the network.</p>
      </main>
      {creating && <NewCaseDialog onCreate={create} onCancel={() => setCreating(false)} />}
      {locked && <PassphraseDialog message={locked.message} onUnlock={unlock} onCancel={() => setLocked(null)} />}
    </div>
  );
}
