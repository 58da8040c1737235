// The memo open in the middle pane (in the reader's place): its title, whether it is saved, Export, the way
// back to the reader, and the editor. Kept mounted while the reader shows, so a quote can still go into it.
import { useCallback, useEffect, useState } from 'react';
import type { Memo, MemoSummary } from '../../../shared/model';
import { call } from '../api';
import type { TagIndex } from '../tag-colors';
import type { SaveState } from './AutosavePlugin';
import { CitationStyleDialog } from './CitationStyleDialog';
import { ExportMenu } from './ExportMenu';
import { MEMO_TEXT_ID, MemoEditor } from './MemoEditor';
import { MemoTitleInput } from './MemoTitleInput';
import type { MemoSession } from './use-memo-session';
import './memo-workspace.css';

interface Props {
  session: MemoSession;
  memoId: number;
  shown: boolean;
  tags: TagIndex;
  onBack(): void;
  /** Opens a quoted highlight's passage in the reader. */
  onOpenSource(annotationId: string): void;
}

const SAVE_TEXT: Record<SaveState, string> = { saved: 'Saved', unsaved: 'Editing…', saving: 'Saving…', failed: 'Not saved' };

export function MemoWorkspace({ session, memoId, shown, tags, onBack, onOpenSource }: Props) {
  const [memo, setMemo] = useState<Memo | null | 'failed'>(null);
  const [save, setSave] = useState<SaveState>('saved');
  const [styling, setStyling] = useState(false);
  const summary = session.memos?.find((m) => m.id === memoId);
  const title = summary?.title ?? (memo && memo !== 'failed' ? memo.title : '');

  useEffect(() => {
    let current = true;
    setMemo(null);
    setSave('saved');
    void call('getMemo', { id: memoId }).then((read) => {
      if (current) setMemo(read ?? 'failed');
    });
    return () => {
      current = false;
    };
  }, [memoId]);

  // Shown again (from the list, Ctrl+Shift+M): the caret goes back into the text.
  useEffect(() => {
    if (shown && memo && memo !== 'failed') document.getElementById(MEMO_TEXT_ID)?.focus({ preventScroll: true });
  }, [shown, memo]);

  const { updated, flush } = session;
  const onSaved = useCallback((s: MemoSummary) => updated(s), [updated]);
  const flushNow = useCallback(async () => (flush.current ? flush.current() : true), [flush]);

  const header = (
    <header className="memo-head">
      <MemoTitleInput className="memo-title" label="Memo title" title={title} onCommit={(next) => session.rename(memoId, next)} />
      <button type="button" className="button button-quiet memo-cite-button" aria-haspopup="dialog" title="How the memos of this case cite their quotes" onClick={() => setStyling(true)}>
        Citations…
      </button>
      {styling ? <CitationStyleDialog onSaved={() => session.evidence.refresh()} onClose={() => setStyling(false)} /> : null}
      <button type="button" className="button button-quiet memo-back" onClick={onBack} aria-keyshortcuts="Control+Shift+M Meta+Shift+M" title="Back to the reader (Ctrl+Shift+M)">
        Back to the reader
      </button>
    </header>
  );
  const actions = (
    <>
      <span className={`memo-save memo-save-${save}`} title={save === 'failed' ? 'The memo could not be saved: the status line says why. It is tried again as you type.' : undefined}>
        {SAVE_TEXT[save]}
      </span>
      <ExportMenu memoId={memoId} title={title} flush={flushNow} />
    </>
  );

  return (
    <section className="memo-workspace" aria-label={`Memo: ${title}`} hidden={!shown}>
      {memo === null ? <p className="memo-loading">Opening the memo…</p> : null}
      {memo === 'failed' ? <p className="memo-loading">The memo could not be opened.</p> : null}
      {memo && memo !== 'failed' ? (
        <MemoEditor
          key={memo.id}
          caseId={session.caseId}
          memoId={memo.id}
          title={title}
          content={memo.content}
          shown={shown}
          store={session.evidence}
          tags={tags}
          flush={session.flush}
          onState={setSave}
          onSaved={onSaved}
          openSource={onOpenSource}
          header={header}
          actions={actions}
        />
      ) : null}
    </section>
  );
}
