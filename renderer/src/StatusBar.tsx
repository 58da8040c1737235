// The window's status line: confirmations and errors from main, announced politely to screen readers.
import { useSyncExternalStore } from 'react';
import { getStatus, subscribeStatus } from './status-store';

function StatusText({ className }: { className: string }) {
  const status = useSyncExternalStore(subscribeStatus, getStatus);
  return (
    <p className={status?.kind === 'error' ? `${className} status-error` : className} role="status">
      {status?.text ?? ''}
    </p>
  );
}

/** The case view's bottom bar, with a standing hint of the keys. */
export function StatusBar({ hint }: { hint: string }) {
  return (
    <footer className="status-bar">
      <StatusText className="status-text" />
      <p className="status-hint">{hint}</p>
    </footer>
  );
}

/** The same status, as a line of text inside a screen (the welcome screen has no bar). */
export function StatusLine() {
  return <StatusText className="status-line" />;
}
