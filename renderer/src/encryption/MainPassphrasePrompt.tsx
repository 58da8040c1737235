// Asks for the passphrase of an encrypted case main opened on its own (File › Open, Open Recent, a
// file from the OS). Once it opens, main's caseChanged event brings the window to it.
import { useEffect, useState } from 'react';
import { listen } from '../api';
import { PassphraseDialog } from './PassphraseDialog';
import { unlockCase } from './unlock';

export function MainPassphrasePrompt() {
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => listen('passphraseNeeded', ({ message: asked }) => setMessage(asked)), []);

  if (message === null) return null;
  return (
    <PassphraseDialog
      message={message}
      onUnlock={async (passphrase) => {
        const result = await unlockCase(passphrase);
        if ('retry' in result) return result.retry;
        setMessage(null);
        return null;
      }}
      onCancel={() => setMessage(null)}
    />
  );
}
