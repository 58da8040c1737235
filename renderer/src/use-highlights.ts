// The open document's highlights and every change to them: each action calls main, then reloads, so the
// window always shows what the case file holds (main owns undo history and the audit log).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationView, TagView } from '../../shared/model';
import { call } from './api';
import { report } from './status-store';
import type { TextRange } from './selection-offsets';

/** Asks the reader to move keyboard focus to a highlight (null: to the text itself). */
export interface FocusRequest {
  id: string | null;
  serial: number;
}

export interface HighlightActions {
  create(range: TextRange, tag: TagView): Promise<void>;
  retag(id: string, tag: TagView): Promise<void>;
  /** Stores a note as rich text (a Lexical editor state; null removes the note); false when main refused it. */
  setNote(id: string, noteJson: string | null): Promise<boolean>;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  focus(id: string | null): void;
  /** Focuses a highlight of the document about to open, once its highlights are read. */
  focusOnOpen(id: string): void;
  /** Reads the highlights again after a change made elsewhere (search, codebook, links). */
  refresh(): Promise<void>;
}

const byPosition = (a: AnnotationView, b: AnnotationView) => a.start - b.start || a.end - b.end || a.createdAt.localeCompare(b.createdAt);

export function useHighlights(documentId: number | null, onChanged: () => void) {
  const [highlights, setHighlights] = useState<AnnotationView[]>([]);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const serial = useRef(0);
  const current = useRef(highlights);
  current.current = highlights;

  const reload = useCallback(async () => {
    if (documentId === null) {
      setHighlights([]);
      return;
    }
    const list = await call('listAnnotations', { documentId });
    if (list) setHighlights([...list].sort(byPosition));
  }, [documentId]);

  const focus = useCallback((id: string | null) => setFocusRequest({ id, serial: ++serial.current }), []);
  const pendingFocus = useRef<string | null>(null);
  const focusOnOpen = useCallback((id: string) => {
    pendingFocus.current = id;
  }, []);

  // Another document: its own highlights, and no focus request left over from the last one (only
  // the one asked for when it was opened).
  useEffect(() => {
    setHighlights([]);
    setFocusRequest(null);
    void reload().then(() => {
      const wanted = pendingFocus.current;
      pendingFocus.current = null;
      if (wanted) focus(wanted);
    });
  }, [reload, focus]);

  const afterChange = useCallback(async () => {
    await reload();
    onChanged();
  }, [reload, onChanged]);

  const create = useCallback(
    async (range: TextRange, tag: TagView) => {
      if (documentId === null) return;
      const made = await call('createAnnotation', { documentId, start: range.start, end: range.end, tags: [tag.path] });
      if (!made) return;
      // The selection has become a highlight; focus moves to it so the next key can re-tag or delete it.
      window.getSelection()?.removeAllRanges();
      await afterChange();
      focus(made.id);
      report('info', `Highlighted as “${tag.name}”. Press 1–9 to re-tag it, Delete to remove it, Ctrl+Z to undo.`);
    },
    [documentId, afterChange, focus],
  );

  const retag = useCallback(
    async (id: string, tag: TagView) => {
      const updated = await call('updateAnnotation', { id, tags: [tag.path] });
      if (!updated) return;
      await afterChange();
      focus(id);
      report('info', `Re-tagged as “${tag.name}”.`);
    },
    [afterChange, focus],
  );

  const setNote = useCallback(
    async (id: string, noteJson: string | null) => {
      const updated = await call('updateAnnotation', { id, noteJson });
      if (!updated) return false;
      await afterChange();
      report('info', noteJson === null ? 'Note removed.' : 'Note saved.');
      return true;
    },
    [afterChange],
  );

  const remove = useCallback(
    async (id: string) => {
      const list = current.current;
      const index = list.findIndex((h) => h.id === id);
      const gone = await call('deleteAnnotation', { id });
      if (gone === undefined) return;
      await afterChange();
      // Keep the keyboard user in the text: on the next highlight, else the previous, else the text.
      const neighbour = list[index + 1] ?? list[index - 1] ?? null;
      focus(neighbour?.id ?? null);
      report('info', 'Highlight deleted. Ctrl+Z brings it back.');
    },
    [afterChange, focus],
  );

  const undo = useCallback(async () => {
    const done = await call('undo', {});
    if (!done) return;
    await afterChange();
    report('info', done.undone ? `Undone: ${done.undone}.` : 'Nothing to undo.');
  }, [afterChange]);

  const redo = useCallback(async () => {
    const done = await call('redo', {});
    if (!done) return;
    await afterChange();
    report('info', done.redone ? `Redone: ${done.redone}.` : 'Nothing to redo.');
  }, [afterChange]);

  const actions = useMemo<HighlightActions>(
    () => ({ create, retag, setNote, remove, undo, redo, focus, focusOnOpen, refresh: afterChange }),
    [create, retag, setNote, remove, undo, redo, focus, focusOnOpen, afterChange],
  );
  return { highlights, focusRequest, actions };
}
