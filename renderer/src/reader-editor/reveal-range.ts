// Acting on a reveal request (a search hit opened): making a range of the reader's text the window's
// selection, with focus in the reader, so the toolbar shows and 1–9 tag exactly that range. Each request
// is acted on once, even when the reader showing it is replaced (e.g. another document opened and back).
import type { RevealRequest } from '../reveal';
import { pointAt } from '../selection-offsets';

const revealed = new WeakSet<RevealRequest>();

export function wasRevealed(request: RevealRequest): boolean {
  return revealed.has(request);
}

export function markRevealed(request: RevealRequest): void {
  revealed.add(request);
}

/** How far from the top of the view a revealed range lands, as a share of the view's height. */
const LAND_AT = 0.3;

/**
 * Selects [start, end) of root's rendered text, moves focus to `focus` (the reader), and when `scroller`
 * is given scrolls it so the range is in view. False, and nothing changed, while part of it is not rendered.
 */
export function selectTextRange(root: HTMLElement, start: number, end: number, focus: HTMLElement, scroller: HTMLElement | null): boolean {
  const from = pointAt(root, start);
  const to = pointAt(root, end);
  if (!from || !to) return false;
  focus.focus({ preventScroll: true });
  const selection = root.ownerDocument.getSelection();
  if (!selection) return false;
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  if (scroller && selection.rangeCount > 0) {
    const box = selection.getRangeAt(0).getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) scroller.scrollTop += box.top - view.top - view.height * LAND_AT;
  }
  return true;
}
