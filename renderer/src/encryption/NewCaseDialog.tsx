// Before main asks where to save a new case: its title, and "Encrypt this case" with a passphrase
// typed twice. Cancelling the system's chooser comes back here; Escape or Cancel gives up.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { trapTab } from '../codebook/focus-trap';
import './encryption.css';
import { useModal } from '../use-modal';

export interface NewCaseChoice {
  title?: string;
  passphrase?: string;
}

interface Props {
  /** Creates the case: null when it was created or the chooser was cancelled, else what went wrong. */
  onCreate(choice: NewCaseChoice): Promise<string | null>;
  onCancel(): void;
}

export function NewCaseDialog({ onCreate, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const secondField = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const [title, setTitle] = useState('');
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useModal(dialog, () => titleField.current, false);

  // Back from the system's chooser: the button pressed was disabled meanwhile, so focus returns to it.
  useEffect(() => {
    const active = document.activeElement;
    if (!busy && (active === null || active === document.body || active === dialog.current)) submitButton.current?.focus();
  }, [busy]);

  function refuse(problem: string, field: HTMLInputElement | null) {
    setError(problem);
    field?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (encrypt && passphrase.trim() === '') return refuse('Choose a passphrase to encrypt the case with.', firstField.current);
    if (encrypt && again !== passphrase) return refuse('The two passphrases are not the same; type them again.', secondField.current);
    setError(null);
    setBusy(true);
    const problem = await onCreate({ ...(title.trim() ? { title: title.trim() } : {}), ...(encrypt ? { passphrase } : {}) });
    setBusy(false);
    if (problem) setError(problem);
  }

  const mismatch = encrypt && again !== '' && again !== passphrase;

  return (
    <dialog
      ref={dialog}
      className="encryption-dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => trapTab(event, dialog.current)}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>New case</h2>
        <label className="encryption-field">
          <span>Title</span>
          <input ref={titleField} type="text" placeholder="Untitled case" maxLength={500} value={title} readOnly={busy} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className="encryption-check">
          <input type="checkbox" checked={encrypt} disabled={busy} onChange={(event) => setEncrypt(event.target.checked)} aria-describedby={`${id}-about`} />
          <span>Encrypt this case</span>
        </label>
        <p id={`${id}-about`} className="encryption-message">
          The case file is unreadable without the passphrase. Casemark cannot recover a forgotten passphrase.
        </p>
        {encrypt && (
          <div className="encryption-passphrases">
            <label className="encryption-field">
              <span>Passphrase</span>
              <input ref={firstField} type="password" autoComplete="new-password" spellCheck={false} value={passphrase} readOnly={busy} onChange={(event) => setPassphrase(event.target.value)} />
            </label>
            <label className="encryption-field">
              <span>Type it again</span>
              <input
                ref={secondField}
                type="password"
                autoComplete="new-password"
                spellCheck={false}
                value={again}
                readOnly={busy}
                aria-invalid={mismatch}
                onChange={(event) => setAgain(event.target.value)}
              />
            </label>
          </div>
        )}
        <p className="encryption-error" role="alert">
          {error}
        </p>
        <div className="encryption-actions">
          <button ref={submitButton} type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Choosing where…' : 'Choose where to save…'}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
