// The memo's keys anywhere in the case view: Ctrl+Shift+M shows or hides the memo; Alt+Q quotes the highlight
// in focus (in the reader, a highlight's card, the chronology, a search hit) in the open (or last) memo.
import { useEffect, useRef } from 'react';
import { report } from '../status-store';
import { quoteInMemo } from './quote-command';

/** The highlight the keyboard is on, outside the memo itself. */
export function focusedHighlight(): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active.closest('.memo-workspace')) return null;
  if (active.dataset.focusFor) return active.dataset.focusFor;
  // A list whose options are reached from a field (the search results).
  const option = active.getAttribute('aria-activedescendant');
  const described = option ? document.getElementById(option) : null;
  const holder = described?.closest<HTMLElement>('[data-annotation-id]') ?? active.closest<HTMLElement>('[data-annotation-id]');
  return holder?.dataset.annotationId ?? null;
}

export const QUOTE_KEYS = 'Alt+Q';

export function useMemoKeys(onToggle: () => void): void {
  const toggle = useRef(onToggle);
  toggle.current = onToggle;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog keeps its keys.
      if (event.target instanceof Element && event.target.closest('dialog[open], [role="dialog"]')) return;
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyM') {
        event.preventDefault();
        toggle.current();
      } else if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyQ') {
        const id = focusedHighlight();
        if (!id) {
          if (document.activeElement?.closest('.memo-workspace')) return;
          report('info', 'Alt+Q quotes a highlight in the memo: first move to one (Tab in the reader, or a card, an entry, a search hit).');
          return;
        }
        event.preventDefault();
        quoteInMemo([id]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
