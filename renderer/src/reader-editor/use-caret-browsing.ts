// Caret browsing in the read-only reader text, so a selection (and so a highlight) can be made without a
// mouse. While the text itself has focus — F7, an arrow key on a focused highlight, or a click — arrow keys
// move a caret through it and Shift+arrows extend the selection (Ctrl: by word; Home/End: to the line's
// ends; Ctrl+Home/End: to the text's ends), all through Selection.modify(), which Chromium supports on
// non-editable content. Escape collapses the selection; Tab goes on to the highlight after the caret; F7
// again leaves. Keys 1–9 then tag the selection as for a mouse selection (use-reader-keys.ts).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { boundaryOffset, pointAt, textBounds } from '../selection-offsets';
import { isTyping } from '../use-reader-keys';
import { caretRect, firstVisiblePoint, reveal } from './caret-geometry';

/** The key that puts focus (and a caret) into the text, or takes it out again. */
export const CARET_KEY = 'F7';

/** Where the reader draws its caret, relative to the layer it is drawn in (CSS pixels). */
export interface CaretBox {
  left: number;
  top: number;
  height: number;
}

interface Move {
  alter: 'move' | 'extend';
  direction: 'forward' | 'backward';
  /** Selection.modify()'s granularities, and 'text' for the ends of the reader's text. */
  granularity: 'character' | 'word' | 'line' | 'paragraph' | 'lineboundary' | 'text';
}

function caretMove(event: KeyboardEvent): Move | null {
  if (event.altKey || event.metaKey) return null;
  const alter = event.shiftKey ? 'extend' : 'move';
  const ctrl = event.ctrlKey;
  switch (event.key) {
    case 'ArrowLeft':
      return { alter, direction: 'backward', granularity: ctrl ? 'word' : 'character' };
    case 'ArrowRight':
      return { alter, direction: 'forward', granularity: ctrl ? 'word' : 'character' };
    case 'ArrowUp':
      return { alter, direction: 'backward', granularity: ctrl ? 'paragraph' : 'line' };
    case 'ArrowDown':
      return { alter, direction: 'forward', granularity: ctrl ? 'paragraph' : 'line' };
    case 'Home':
      return { alter, direction: 'backward', granularity: ctrl ? 'text' : 'lineboundary' };
    case 'End':
      return { alter, direction: 'forward', granularity: ctrl ? 'text' : 'lineboundary' };
    default:
      return null;
  }
}

function contains(root: Node, node: Node | null): boolean {
  return node !== null && root.contains(node);
}

/** The canonical offset just before an element of the text (a highlight run starts its text there). */
function offsetBefore(root: Element, element: Element): number | null {
  const parent = element.parentNode;
  return parent ? boundaryOffset(root, parent, Array.prototype.indexOf.call(parent.childNodes, element)) : null;
}

/** Where a point lies relative to root: -1 before it, 0 inside, 1 after (or elsewhere). */
function sideOf(root: Element, node: Node, offset: number): number {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  try {
    return range.comparePoint(node, offset);
  } catch {
    return 1;
  }
}

function applyMove(root: HTMLElement, selection: Selection, move: Move): void {
  let forward = move.direction === 'forward';
  if (move.granularity !== 'text') {
    selection.modify(move.alter, move.direction, move.granularity);
    const head = selection.focusNode;
    const side = head ? sideOf(root, head, selection.focusOffset) : forward ? 1 : -1;
    // Moving past the first or last line leaves the text (into the header or what follows): stop at its edge.
    if (side === 0) return;
    forward = side > 0;
  }
  const bounds = textBounds(root);
  const edge = bounds ? pointAt(root, forward ? bounds.end : bounds.start) : null;
  if (!edge) return;
  if (move.alter === 'extend' && contains(root, selection.anchorNode)) selection.extend(edge.node, edge.offset);
  else selection.collapse(edge.node, edge.offset);
}

/** Puts a caret in the text: at a focused highlight's start, where the selection already is, or at the first visible line. */
function startCaret(root: HTMLElement, from: HTMLElement | null): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const offset = from ? offsetBefore(root, from) : null;
  const at = offset !== null ? pointAt(root, offset) : null;
  if (at) selection.collapse(at.node, at.offset);
  else if (!contains(root, selection.anchorNode) || !contains(root, selection.focusNode)) {
    const first = firstVisiblePoint(root);
    if (first) selection.collapse(first.node, first.offset);
  }
  root.focus({ preventScroll: true });
}

/** Tab from the caret: the next highlight after it (Shift+Tab: the one before it). */
function tabFromCaret(root: HTMLElement, selection: Selection, backwards: boolean, event: KeyboardEvent): void {
  const head = selection.focusNode;
  const caret = head && contains(root, head) ? boundaryOffset(root, head, selection.focusOffset) : null;
  if (caret === null) return;
  const targets = [...root.querySelectorAll<HTMLElement>('[data-focus-for]')];
  const at = targets.map((target) => offsetBefore(root, target) ?? 0);
  const index = backwards ? at.findLastIndex((offset) => offset < caret) : at.findIndex((offset) => offset >= caret);
  const target = targets[index];
  if (target) {
    event.preventDefault();
    target.focus();
  } else if (!backwards) {
    // Nothing after the caret: from the last highlight, the browser's own Tab leaves the text.
    targets.at(-1)?.focus();
  }
}

export function useCaretBrowsing(rootRef: RefObject<HTMLElement | null>, layerRef: RefObject<HTMLElement | null>, contentVersion: number) {
  const [caret, setCaret] = useState<CaretBox | null>(null);
  const [active, setActive] = useState(false);
  const frame = useRef(0);

  const measure = useCallback(() => {
    cancelAnimationFrame(frame.current);
    // One measurement per frame: selectionchange fires for every step of a selection.
    frame.current = requestAnimationFrame(() => {
      const root = rootRef.current;
      const layer = layerRef.current;
      const on = root !== null && root.ownerDocument.activeElement === root;
      setActive(on);
      const selection = root?.ownerDocument.getSelection();
      const head = selection?.focusNode ?? null;
      const rect = on && layer && head && root.contains(head) ? caretRect(root, head, selection!.focusOffset) : null;
      const base = layer?.getBoundingClientRect();
      const next = rect && base ? { left: Math.round(rect.left - base.left), top: Math.round(rect.top - base.top), height: Math.round(rect.height) } : null;
      setCaret((previous) =>
        previous && next && previous.left === next.left && previous.top === next.top && previous.height === next.height ? previous : next,
      );
    });
  }, [rootRef, layerRef]);

  useEffect(() => {
    measure();
  }, [measure, contentVersion]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = rootRef.current;
      if (!root || event.defaultPrevented) return;
      const doc = root.ownerDocument;
      const focused = doc.activeElement;
      const selection = doc.getSelection();
      if (event.key === CARET_KEY && !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey) {
        if (isTyping(event.target)) return;
        event.preventDefault();
        if (focused === root) root.blur();
        else startCaret(root, focused instanceof HTMLElement && root.contains(focused) && focused.dataset.focusFor ? focused : null);
        return;
      }
      if (!selection || !(focused instanceof HTMLElement) || !root.contains(focused)) return;
      if (focused === root && event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        tabFromCaret(root, selection, event.shiftKey, event);
        return;
      }
      if (focused === root && event.key === 'Escape' && !selection.isCollapsed && selection.focusNode) {
        event.preventDefault();
        selection.collapse(selection.focusNode, selection.focusOffset);
        return;
      }
      const move = caretMove(event);
      if (!move || (focused !== root && !focused.dataset.focusFor)) return;
      event.preventDefault();
      if (focused !== root || !contains(root, selection.anchorNode) || !contains(root, selection.focusNode)) startCaret(root, focused === root ? null : focused);
      applyMove(root, selection, move);
      const head = selection.focusNode;
      const rect = head ? caretRect(root, head, selection.focusOffset) : null;
      if (rect) reveal(root, rect);
      measure();
    };
    const doc = document;
    doc.addEventListener('selectionchange', measure);
    doc.addEventListener('focusin', measure);
    doc.addEventListener('focusout', measure);
    window.addEventListener('resize', measure);
    window.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame.current);
      doc.removeEventListener('selectionchange', measure);
      doc.removeEventListener('focusin', measure);
      doc.removeEventListener('focusout', measure);
      window.removeEventListener('resize', measure);
      window.removeEventListener('keydown', onKey);
    };
  }, [rootRef, measure]);

  return { caret, active };
}
