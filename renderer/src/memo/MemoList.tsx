// The Memos pane (beside the library): every memo of the case, most recently changed first, with new, open,
// rename in place (F2), duplicate and delete (Delete; Undo offered). A highlight dropped on a memo is quoted
// at its end. ↑/↓ move between memos.
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { MemoSummary } from '../../../shared/model';
import { plural } from '../format';
import { carriesEvidence, droppedEvidence } from './memo-drag';
import { quotableIds } from './resolve-drop';
import type { MemoSession } from './use-memo-session';
import { MemoTitleInput } from './MemoTitleInput';
import './memo-list.css';

interface Props {
  session: MemoSession;
  /** Whether the open memo is showing in the middle pane. */
  shown: boolean;
  onOpen(id: number): void;
  /** The case's undo (the notice's Undo). */
  onUndo(): Promise<void>;
  /** Quotes highlights in the memo open in the editor (at its caret). */
  onQuoteInOpen(annotationIds: readonly string[]): void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "10 Mar 2026 14:03" in this computer's time: when the writer last changed it. */
function edited(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const memoButtonId = (id: number) => `memo-item-${id}`;

export function MemoList({ session, shown, onOpen, onUndo, onQuoteInOpen }: Props) {
  const { memos, openId, notice } = session;
  const [renaming, setRenaming] = useState<number | null>(null);
  const [dropOn, setDropOn] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // Focus to put on a memo once the list shows it (after a new, a duplicate, a rename).
  const [focusId, setFocusId] = useState<number | null>(null);

  useEffect(() => session.want(), [session]);
  useEffect(() => {
    if (focusId === null || !memos?.some((m) => m.id === focusId)) return;
    document.getElementById(memoButtonId(focusId))?.focus();
    setFocusId(null);
  }, [focusId, memos]);
  useEffect(() => {
    if (notice?.undoable) undoButton.current?.focus();
  }, [notice]);

  async function run<T>(work: () => Promise<T>): Promise<T> {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    void run(async () => {
      const id = await session.create();
      if (id !== null) onOpen(id);
    });
  const duplicate = (memo: MemoSummary) =>
    void run(async () => {
      const id = await session.duplicate(memo.id);
      if (id !== null) setFocusId(id);
    });
  const remove = (memo: MemoSummary) => void run(() => session.remove(memo.id));
  const undo = () =>
    void run(async () => {
      session.dismissNotice();
      await onUndo();
      newButton.current?.focus();
    });

  function onItemKeyDown(event: KeyboardEvent<HTMLButtonElement>, memo: MemoSummary, index: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const list = memos ?? [];
    const move = (to: number) => {
      event.preventDefault();
      const next = list[Math.max(0, Math.min(list.length - 1, to))];
      if (next) document.getElementById(memoButtonId(next.id))?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'F2') {
      event.preventDefault();
      setRenaming(memo.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove(memo);
    }
  }

  function dragOver(event: DragEvent<HTMLLIElement>, id: number): void {
    if (!carriesEvidence(event)) return;
    event.preventDefault();
    // The window refuses drops that are not files; this one is ours.
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
    setDropOn(id);
  }

  function drop(event: DragEvent<HTMLLIElement>, memo: MemoSummary): void {
    if (!carriesEvidence(event)) return;
    event.preventDefault();
    event.stopPropagation();
    setDropOn(null);
    // The data can be read only now, during the drop.
    void quotableIds(droppedEvidence(event)).then((ids) => {
      if (!ids || ids.length === 0) return;
      if (memo.id === openId) onQuoteInOpen(ids);
      else void session.appendTo(memo.id, ids);
    });
  }

  const count = memos?.length ?? 0;
  return (
    <section className="memo-list-pane" aria-labelledby="memo-list-title">
      <div className="pane-head">
        <div className="memo-list-title-row">
          <h2 id="memo-list-title" className="pane-title">
            Memos <span className="pane-count">{count}</span>
          </h2>
          <button ref={newButton} type="button" className="button memo-new" disabled={busy} onClick={create}>
            New memo
          </button>
        </div>
        <p className="memo-list-hint">Drag a highlight onto a memo to quote it there, or press Alt+Q on a highlight.</p>
      </div>
      {notice ? (
        <div className="memo-notice" aria-live="polite">
          <span>{notice.text}</span>
          {notice.undoable ? (
            <button ref={undoButton} type="button" className="button memo-small" disabled={busy} onClick={undo}>
              Undo
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="memo-list-scroll">
        {memos === null ? <p className="memo-list-empty">Reading the memos…</p> : null}
        {memos !== null && memos.length === 0 ? (
          <p className="memo-list-empty">No memos yet. A memo quotes your highlights word for word, each with its citation: start one with New memo.</p>
        ) : null}
        {memos !== null && memos.length > 0 ? (
          <ul className="memo-items" aria-label="Memos">
            {memos.map((memo, index) => (
              <li
                key={memo.id}
                className={['memo-item', memo.id === openId ? 'memo-item-open' : '', memo.id === dropOn ? 'memo-item-drop' : ''].filter(Boolean).join(' ')}
                data-memo-id={memo.id}
                onDragOver={(event) => dragOver(event, memo.id)}
                onDragLeave={() => setDropOn((now) => (now === memo.id ? null : now))}
                onDrop={(event) => drop(event, memo)}
              >
                {renaming === memo.id ? (
                  <MemoTitleInput
                    className="memo-rename"
                    label={`New title for “${memo.title}”`}
                    title={memo.title}
                    autoFocus
                    onCommit={async (title) => {
                      const ok = await session.rename(memo.id, title);
                      if (ok) {
                        setRenaming(null);
                        setFocusId(memo.id);
                      }
                      return ok;
                    }}
                    onCancel={() => {
                      setRenaming(null);
                      setFocusId(memo.id);
                    }}
                  />
                ) : (
                  <button
                    id={memoButtonId(memo.id)}
                    type="button"
                    className="memo-item-open-button"
                    aria-current={memo.id === openId && shown ? 'page' : undefined}
                    aria-keyshortcuts="F2 Delete"
                    title="Open (F2 renames, Delete deletes)"
                    onClick={() => onOpen(memo.id)}
                    onKeyDown={(event) => onItemKeyDown(event, memo, index)}
                  >
                    <span className="memo-item-title">{memo.title}</span>
                    <span className="memo-item-meta">
                      {plural(memo.quotes, 'quote')} · edited {edited(memo.updatedAt)}
                    </span>
                  </button>
                )}
                <div className="memo-item-actions">
                  <button type="button" className="icon-button memo-action" aria-label={`Rename “${memo.title}”`} title="Rename (F2)" disabled={busy} onClick={() => setRenaming(memo.id)}>
                    <PencilIcon />
                  </button>
                  <button type="button" className="icon-button memo-action" aria-label={`Duplicate “${memo.title}”`} title="Duplicate" disabled={busy} onClick={() => duplicate(memo)}>
                    <CopyIcon />
                  </button>
                  <button type="button" className="icon-button memo-action memo-action-danger" aria-label={`Delete “${memo.title}”`} title="Delete (Undo brings it back)" disabled={busy} onClick={() => remove(memo)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}

function PencilIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M10.8 2.2l3 3-8.6 8.6H2.2v-3z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

function CopyIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <rect x="5.2" y="5.2" width="8.6" height="8.6" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M10.8 3.4V3a1.2 1.2 0 0 0-1.2-1.2H3A1.2 1.2 0 0 0 1.8 3v6.6A1.2 1.2 0 0 0 3 10.8h.4" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
