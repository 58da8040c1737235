// Saves the memo as it is typed: a moment after the last change (debounced), at once when asked (an export, a
// switch to another memo, closing the case), and when the editor goes (another memo, leaving the window) — never
// into another case, should main have opened one meanwhile (a memo's id is only its case's).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { MemoSummary } from '../../../shared/model';
import { call } from '../api';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

interface Props {
  caseId: string;
  memoId: number;
  onState(state: SaveState): void;
  onSaved(summary: MemoSummary): void;
  /** Where the session can reach "save now". */
  flush: { current: (() => Promise<boolean>) | null };
}

/** How long typing may pause before what was typed is saved. */
const PAUSE_MS = 700;

export function AutosavePlugin({ caseId, memoId, onState, onSaved, flush }: Props) {
  const [editor] = useLexicalComposerContext();
  // What is stored, as this editor writes it (main's own serialization may order keys otherwise).
  const saved = useRef<string | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const callbacks = useRef({ onState, onSaved });
  callbacks.current = { onState, onSaved };

  useEffect(() => {
    const current = () => JSON.stringify(editor.getEditorState().toJSON());
    saved.current ??= current();

    const save = async (): Promise<boolean> => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        timer.current = null;
      }
      // One save at a time: the next one starts from what the editor holds when the last ends.
      while (running.current) await running.current;
      const content = current();
      if (content === saved.current) {
        callbacks.current.onState('saved');
        return true;
      }
      callbacks.current.onState('saving');
      const run = (async () => {
        const open = await call('caseInfo', {});
        if (open?.id !== caseId) return false;
        const summary = await call('saveMemo', { id: memoId, content });
        if (!summary) return false;
        saved.current = content;
        callbacks.current.onSaved(summary);
        return true;
      })();
      running.current = run;
      const ok = await run;
      running.current = null;
      callbacks.current.onState(!ok ? 'failed' : current() === saved.current ? 'saved' : 'unsaved');
      return ok;
    };

    flush.current = save;
    const removeListener = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // A move of the caret changes nothing to save.
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // Lexical may touch nodes without changing what would be saved (a caret put into the text, say).
      if (!running.current && timer.current === null && current() === saved.current) return;
      callbacks.current.onState('unsaved');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), PAUSE_MS);
    });
    const leaving = () => void save();
    window.addEventListener('pagehide', leaving);
    return () => {
      removeListener();
      window.removeEventListener('pagehide', leaving);
      if (flush.current === save) flush.current = null;
      // The memo closes: what was typed since the last save is saved now.
      void save();
    };
  }, [editor, caseId, memoId, flush]);

  return null;
}
