// Asks before a merge or delete, over the codebook: what will happen, with the counts, and two buttons.
// Escape or Cancel keeps everything; focus starts on Cancel and goes back where it was.
import { useRef, type ReactNode } from 'react';
import { trapTab } from './focus-trap';
import { useModal } from '../use-modal';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, children, confirmLabel, danger = false, busy, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useModal(dialog, () => cancel.current);

  return (
    <dialog
      ref={dialog}
      className="codebook-confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="codebook-confirm-title"
      aria-describedby="codebook-confirm-body"
      onKeyDown={(event) => {
        trapTab(event, dialog.current);
        // Keys here are this question's alone, not the codebook's or the window's.
        event.stopPropagation();
      }}
      onCancel={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <h3 id="codebook-confirm-title">{title}</h3>
      <div id="codebook-confirm-body" className="codebook-confirm-body">
        {children}
      </div>
      <div className="codebook-confirm-actions">
        <button type="button" className={`button ${danger ? 'codebook-danger-fill' : 'button-primary'}`} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
