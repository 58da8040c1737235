// The reader's keyboard: 1–9 tag the selection (or re-tag the focused highlight), Delete/Backspace
// delete the focused highlight, Enter opens its note. Keys typed into a field are never taken.
import { useEffect, type RefObject } from 'react';
import type { TagView } from '../../shared/model';
import { report } from './status-store';
import { selectionOffsets } from './selection-offsets';
import type { HighlightActions } from './use-highlights';

interface Options {
  textRef: RefObject<HTMLElement | null>;
  tags: readonly TagView[];
  actions: HighlightActions;
  onEditNote(id: string): void;
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The highlight that has keyboard focus in the reader, if any. */
function focusedHighlight(root: HTMLElement): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && root.contains(active) ? (active.dataset.focusFor ?? null) : null;
}

export function useReaderKeys({ textRef, tags, actions, onEditNote }: Options): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = textRef.current;
      if (!root || event.defaultPrevented || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const focused = focusedHighlight(root);
      if (/^[1-9]$/.test(event.key)) {
        const range = selectionOffsets(root);
        if (!range && !focused) return;
        event.preventDefault();
        const tag = tags.find((t) => t.key === Number(event.key));
        if (!tag) {
          report('error', `No tag has the key ${event.key}.`);
          return;
        }
        // A fresh selection wins over a focused highlight: selecting inside one means "highlight this".
        if (range) void actions.create(range, tag);
        else if (focused) void actions.retag(focused, tag);
        return;
      }
      if (!focused) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        void actions.remove(focused);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onEditNote(focused);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [textRef, tags, actions, onEditNote]);
}
