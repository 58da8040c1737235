// Asks for an encrypted case's passphrase: one hidden field, Open and Cancel; a wrong passphrase is
// said beside the field, which empties for another try. Escape or Cancel gives up.
import { useId, useRef, useState, type FormEvent } from 'react';
import { trapTab } from '../codebook/focus-trap';
import './encryption.css';
import { useModal } from '../use-modal';

interface Props {
  /** Main's sentence naming the case that asked. */
  message: string;
  /** Tries the passphrase: null when it opened the case (the dialog then goes), else what went wrong. */
  onUnlock(passphrase: string): Promise<string | null>;
  onCancel(): void;
}

export function PassphraseDialog({ message, onUnlock, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useModal(dialog, () => field.current, false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError('Type the passphrase first.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    const problem = await onUnlock(passphrase);
    if (problem === null) return;
    setBusy(false);
    setError(problem);
    setPassphrase('');
    field.current?.focus();
  }

  return (
    <dialog
      ref={dialog}
      className="encryption-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onKeyDown={(event) => trapTab(event, dialog.current)}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>Encrypted case</h2>
        <p id={`${id}-message`} className="encryption-message">
          {message}
        </p>
        <label className="encryption-field">
          <span>Passphrase</span>
          <input
            ref={field}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={passphrase}
            readOnly={busy}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <p id={`${id}-error`} className="encryption-error" role="alert">
          {error}
        </p>
        <div className="encryption-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Opening…' : 'Open'}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
