// Decides when the floating toolbar shows and where: over a text selection in the reader (to create a
// highlight) or over the focused highlight (to re-tag or delete it). Hidden while the mouse still drags.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { selectionOffsets, type TextRange } from './selection-offsets';

export type ToolbarState =
  | { mode: 'create'; range: TextRange; rect: DOMRect }
  | { mode: 'edit'; id: string; rect: DOMRect };

function sameState(a: ToolbarState | null, b: ToolbarState | null): boolean {
  if (a === null || b === null) return a === b;
  const sameRect = a.rect.top === b.rect.top && a.rect.left === b.rect.left && a.rect.width === b.rect.width;
  if (a.mode === 'create' && b.mode === 'create') return sameRect && a.range.start === b.range.start && a.range.end === b.range.end;
  if (a.mode === 'edit' && b.mode === 'edit') return sameRect && a.id === b.id;
  return false;
}

function compute(root: HTMLElement): ToolbarState | null {
  const range = selectionOffsets(root);
  if (range) {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { mode: 'create', range, rect };
  }
  const active = document.activeElement;
  if (active instanceof HTMLElement && root.contains(active) && active.dataset.focusFor) {
    return { mode: 'edit', id: active.dataset.focusFor, rect: active.getBoundingClientRect() };
  }
  return null;
}

export function useSelectionToolbar(textRef: RefObject<HTMLElement | null>) {
  const [state, setState] = useState<ToolbarState | null>(null);
  const dragging = useRef(false);
  const frame = useRef(0);

  const update = useCallback(() => {
    cancelAnimationFrame(frame.current);
    // One measurement per frame: selectionchange fires for every character while extending a selection.
    frame.current = requestAnimationFrame(() => {
      const root = textRef.current;
      const next = root && !dragging.current ? compute(root) : null;
      setState((previous) => (sameState(previous, next) ? previous : next));
    });
  }, [textRef]);

  useEffect(() => {
    // Listening on the document, not the text element: the reader replaces that element between documents.
    const down = (event: MouseEvent) => {
      const root = textRef.current;
      if (event.button === 0 && root && event.target instanceof Node && root.contains(event.target)) dragging.current = true;
      update();
    };
    const up = () => {
      dragging.current = false;
      update();
    };
    const options = { capture: true, passive: true } as const;
    document.addEventListener('selectionchange', update);
    document.addEventListener('mousedown', down, options);
    document.addEventListener('mouseup', up, options);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    // Capture sees every scrolling element's scroll, whichever pane holds the text.
    document.addEventListener('scroll', update, options);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame.current);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('mousedown', down, options);
      document.removeEventListener('mouseup', up, options);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      document.removeEventListener('scroll', update, options);
      window.removeEventListener('resize', update);
    };
  }, [textRef, update]);

  return { state, refresh: update };
}
