// "Export…" on a memo: a menu of Word (DOCX, citations as footnotes), PDF and Markdown. What was typed is saved
// first; main asks where to write the file, and the status line says where it went.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { MemoFormat } from '../../../shared/model';
import { call } from '../api';
import { fileSize } from '../format';
import { report } from '../status-store';

interface Props {
  memoId: number;
  title: string;
  /** Saves what the editor holds; false when it could not. */
  flush(): Promise<boolean>;
}

const FORMATS: readonly { format: MemoFormat; label: string; detail: string }[] = [
  { format: 'docx', label: 'Word document (.docx)', detail: 'citations as footnotes' },
  { format: 'pdf', label: 'PDF', detail: 'citations as notes' },
  { format: 'md', label: 'Markdown (.md)', detail: 'citations as footnotes' },
];

export function ExportMenu({ memoId, title, flush }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [current, setCurrent] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  const wrapper = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) items.current[current]?.focus();
  }, [open, current]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !wrapper.current?.contains(event.target)) setOpen(false);
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open]);

  async function exportAs(format: MemoFormat): Promise<void> {
    setOpen(false);
    button.current?.focus();
    setBusy(true);
    try {
      if (!(await flush())) return;
      const written = await call('exportMemo', { id: memoId, format });
      if (written === undefined) return;
      if (written === null) report('info', 'Export cancelled.');
      else report('info', `Exported “${title}” to ${written.path} (${fileSize(written.bytes)}).`);
    } finally {
      setBusy(false);
    }
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>): void {
    const n = FORMATS.length;
    const to = (i: number) => {
      event.preventDefault();
      setCurrent(((i % n) + n) % n);
    };
    if (event.key === 'ArrowDown') to(current + 1);
    else if (event.key === 'ArrowUp') to(current - 1);
    else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(n - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  }

  return (
    <div ref={wrapper} className="memo-export">
      <button
        ref={button}
        type="button"
        className="button memo-export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={busy}
        onClick={() => {
          setCurrent(0);
          setOpen((now) => !now);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setCurrent(event.key === 'ArrowDown' ? 0 : FORMATS.length - 1);
            setOpen(true);
          }
        }}
      >
        {busy ? 'Exporting…' : 'Export'}
        <span aria-hidden="true" className="memo-export-caret">
          ▾
        </span>
      </button>
      {open ? (
        <div id={menuId} className="memo-export-menu" role="menu" aria-label={`Export “${title}” as`} onKeyDown={onMenuKey}>
          {FORMATS.map((f, i) => (
            <button
              key={f.format}
              ref={(item) => {
                items.current[i] = item;
              }}
              type="button"
              role="menuitem"
              className="memo-export-item"
              tabIndex={i === current ? 0 : -1}
              onClick={() => void exportAs(f.format)}
            >
              <span className="memo-export-label">{f.label}</span>
              <span className="memo-export-detail">{f.detail}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
