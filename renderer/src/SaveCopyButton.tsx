// "Save a copy…" in the case header: main copies the open case where the user chooses (SQLite's
// online backup, verified before it takes the name) and the status line says where and how large.
import { useState } from 'react';
import { call } from './api';
import { fileSize } from './format';
import { report } from './status-store';

export function SaveCopyButton() {
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    report('info', 'Saving a copy of the case…');
    const saved = await call('saveCaseCopy', {});
    setBusy(false);
    // undefined: refused (the status line already says why); null: the user cancelled the chooser.
    if (saved === null) report('info', 'No copy saved.');
    else if (saved) report('info', `Saved a copy of the case (${fileSize(saved.bytes)}); it verifies: ${saved.path}`);
  }

  return (
    <button type="button" className="button button-quiet" disabled={busy} onClick={() => void save()} title="A verified copy of this case file, safe while it is open">
      {busy ? 'Saving a copy…' : 'Save a copy…'}
    </button>
  );
}
