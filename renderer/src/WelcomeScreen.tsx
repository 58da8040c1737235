// The welcome screen: open the sample case, create a case, open a case file or a recent one; a case
// file dropped on the window opens too.
import { useEffect, useState } from 'react';
import type { CaseInfo, RecentCase } from '../../shared/ipc';
import { call, isConnected, NOT_CONNECTED } from './api';
import { DropOverlay } from './DropOverlay';
import { StatusLine } from './StatusBar';
import { clearStatus, report } from './status-store';
import { useFileDrop } from './use-file-drop';

interface Props {
  onOpened(info: CaseInfo): void;
}

type Way = 'openSample' | 'newCase' | 'openCase';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const folderOf = (path: string) => path.slice(0, Math.max(0, path.length - fileName(path).length - 1));

function openedOn(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function WelcomeScreen({ onOpened }: Props) {
  const [busy, setBusy] = useState<Way | null>(null);
  const [recent, setRecent] = useState<RecentCase[]>([]);

  useEffect(() => {
    if (isConnected()) void call('recentCases', {}).then((list) => list && setRecent(list));
  }, []);

  async function run(way: Way, path?: string): Promise<void> {
    if (!isConnected()) {
      report('error', NOT_CONNECTED);
      return;
    }
    clearStatus();
    setBusy(way);
    if (way === 'openSample') report('info', 'Opening the sample case…');
    const info = await call(way, path ? { path } : {});
    setBusy(null);
    // null: the user cancelled the file dialog, which needs no message.
    if (info) {
      clearStatus();
      onOpened(info);
    } else if (info === null) clearStatus();
  }

  const dragging = useFileDrop((paths) => {
    const found = paths.find((p) => p.toLowerCase().endsWith('.casemark'));
    if (found) void run('openCase', found);
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
                    onClick={() => void run('openCase', r.path)}
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
    </div>
  );
}
